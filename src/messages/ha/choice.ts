import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Ta yaya kuke son shiga?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Zaɓi yadda za a tabbatar cewa kai ne',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Saita tantancewa ta matakai 2',
  'choice.SMS': 'Saƙon tes (SMS)',
  'choice.TOTP': 'Manhajar tantancewa',
  'choice.EMAIL': 'Imel',
  'choice.PASSWORD': 'Kalmar sirri',
  'choice.PASSWORD_SRP': 'Kalmar sirri',
  'choice.EMAIL_OTP': 'Aika mini lamba ta imel',
  'choice.SMS_OTP': 'Aika mini lamba ta SMS',
  'choice.WEB_AUTHN': 'Maɓallin shiga',
};
