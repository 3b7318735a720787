import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'څنګه غواړئ ننوځئ؟',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'وټاکئ چې څنګه به تایید کړئ چې دا تاسو یاست',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'دوه ګامه تایید تنظیم کړئ',
  'choice.SMS': 'متني پیغام (SMS)',
  'choice.TOTP': 'د تصدیق اپ',
  'choice.EMAIL': 'برېښنالیک',
  'choice.PASSWORD': 'پټنوم',
  'choice.PASSWORD_SRP': 'پټنوم',
  'choice.EMAIL_OTP': 'کوډ راته په برېښنالیک کې ولېږئ',
  'choice.SMS_OTP': 'کوډ راته په SMS کې ولېږئ',
  'choice.WEB_AUTHN': 'د ننوتلو کیلي',
};
