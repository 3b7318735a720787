import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Қалай кіргіңіз келеді?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Бұл сіз екеніңізді қалай растайсыз?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Екі қадамды растауды реттеңіз',
  'choice.SMS': 'SMS хабар',
  'choice.TOTP': 'Аутентификатор қолданбасы',
  'choice.EMAIL': 'Электрондық пошта',
  'choice.PASSWORD': 'Құпия сөз',
  'choice.PASSWORD_SRP': 'Құпия сөз',
  'choice.EMAIL_OTP': 'Кодты электрондық поштаға жіберу',
  'choice.SMS_OTP': 'Кодты SMS арқылы жіберу',
  'choice.WEB_AUTHN': 'Кіру кілті',
};
