import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Bagaimanakah anda mahu log masuk?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Pilih cara untuk mengesahkan bahawa ini anda',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Sediakan Pengesahan 2 Langkah',
  'choice.SMS': 'Mesej teks (SMS)',
  'choice.TOTP': 'Apl pengesah',
  'choice.EMAIL': 'E-mel',
  'choice.PASSWORD': 'Kata laluan',
  'choice.PASSWORD_SRP': 'Kata laluan',
  'choice.EMAIL_OTP': 'E-melkan kod kepada saya',
  'choice.SMS_OTP': 'Hantar kod melalui SMS kepada saya',
  'choice.WEB_AUTHN': 'Kunci laluan',
};
