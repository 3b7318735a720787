import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'چطور می‌خواهید وارد شوید؟',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'روش تأیید هویتتان را انتخاب کنید',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'راه‌اندازی تأیید دومرحله‌ای',
  'choice.SMS': 'پیامک (SMS)',
  'choice.TOTP': 'برنامه احراز هویت',
  'choice.EMAIL': 'ایمیل',
  'choice.PASSWORD': 'گذرواژه',
  'choice.PASSWORD_SRP': 'گذرواژه',
  'choice.EMAIL_OTP': 'دریافت کد با ایمیل',
  'choice.SMS_OTP': 'دریافت کد با پیامک',
  'choice.WEB_AUTHN': 'کلید عبور',
};
