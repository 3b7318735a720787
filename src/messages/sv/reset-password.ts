import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Skicka kod',
  'step.RESET_PASSWORD.title': 'Återställ ditt lösenord',
  'step.CONFIRM_RESET_PASSWORD.title': 'Välj ett nytt lösenord',
  'hint.resetPassword': 'Vi skickar en kod så att du kan återställa lösenordet för det här kontot.',
  'hint.confirmResetPassword': 'Ange koden som vi skickade till {destination} och välj ett nytt lösenord.',
  'hint.confirmResetPasswordNoDestination': 'Ange koden som vi skickade till dig och välj ett nytt lösenord.',
};
