import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Ungependa kuingia vipi?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Chagua jinsi ya kuthibitisha kuwa ni wewe',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Weka mipangilio ya Uthibitishaji wa Hatua Mbili',
  'choice.SMS': 'Ujumbe wa maandishi (SMS)',
  'choice.TOTP': 'Programu ya uthibitishaji',
  'choice.EMAIL': 'Barua pepe',
  'choice.PASSWORD': 'Nenosiri',
  'choice.PASSWORD_SRP': 'Nenosiri',
  'choice.EMAIL_OTP': 'Nitumie msimbo kwa barua pepe',
  'choice.SMS_OTP': 'Nitumie msimbo kwa SMS',
  'choice.WEB_AUTHN': 'Ufunguo wa siri',
};
