import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'புதிய கடவுச்சொல்லைத் தேர்ந்தெடுக்கவும்',
  'hint.newPassword': 'தொடர்வதற்கு முன் உங்கள் தற்காலிகக் கடவுச்சொல்லை மாற்ற வேண்டும்.',
  'hint.missingAttributes': 'இன்னும் சில விவரங்களும் தேவை.',
};
