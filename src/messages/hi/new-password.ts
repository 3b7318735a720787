import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'नया पासवर्ड चुनें',
  'hint.newPassword': 'जारी रखने से पहले, आपको अपना अस्थायी पासवर्ड बदलना होगा।',
  'hint.missingAttributes': 'हमें आपसे कुछ और जानकारी चाहिए।',
};
