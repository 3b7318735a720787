import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Kuidas soovite sisse logida?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Valige, kuidas kinnitate, et see olete teie',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Seadistage kaheastmeline kinnitamine',
  'choice.SMS': 'Tekstsõnum (SMS)',
  'choice.TOTP': 'Autentimisrakendus',
  'choice.EMAIL': 'E-post',
  'choice.PASSWORD': 'Parool',
  'choice.PASSWORD_SRP': 'Parool',
  'choice.EMAIL_OTP': 'Saada mulle kood e-postiga',
  'choice.SMS_OTP': 'Saada mulle kood SMS-iga',
  'choice.WEB_AUTHN': 'Pääsuvõti',
};
