import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'როგორ გსურთ შესვლა?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'აირჩიეთ, როგორ დაადასტუროთ, რომ ეს თქვენ ხართ',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'ორსაფეხურიანი დადასტურების დაყენება',
  'choice.SMS': 'SMS შეტყობინება',
  'choice.TOTP': 'ავთენტიფიკატორი აპი',
  'choice.EMAIL': 'ელფოსტა',
  'choice.PASSWORD': 'პაროლი',
  'choice.PASSWORD_SRP': 'პაროლი',
  'choice.EMAIL_OTP': 'კოდის მიღება ელფოსტით',
  'choice.SMS_OTP': 'კოდის მიღება SMS-ით',
  'choice.WEB_AUTHN': 'წვდომის გასაღები',
};
