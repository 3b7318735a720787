import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'دوام ورکړئ',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'د برېښنالیک له لارې تایید تنظیم کړئ',
  'hint.emailSetup': 'هغه برېښنالیک پته ولیکئ چې د ننوتلو کوډونه باید ورته ولېږو.',
};
