import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Code sturen',
  'step.RESET_PASSWORD.title': 'Je wachtwoord resetten',
  'step.CONFIRM_RESET_PASSWORD.title': 'Nieuw wachtwoord kiezen',
  'hint.resetPassword': 'We sturen je een code om het wachtwoord van dit account te resetten.',
  'hint.confirmResetPassword': 'Vul de code in die we naar {destination} hebben gestuurd en kies een nieuw wachtwoord.',
  'hint.confirmResetPasswordNoDestination': 'Vul de code in die we je hebben gestuurd en kies een nieuw wachtwoord.',
};
