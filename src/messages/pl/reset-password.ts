import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Wyślij kod',
  'step.RESET_PASSWORD.title': 'Zresetuj hasło',
  'step.CONFIRM_RESET_PASSWORD.title': 'Ustaw nowe hasło',
  'hint.resetPassword': 'Wyślemy kod, który pozwoli zresetować hasło do tego konta.',
  'hint.confirmResetPassword': 'Wpisz kod wysłany na {destination} i ustaw nowe hasło.',
  'hint.confirmResetPasswordNoDestination': 'Wpisz otrzymany kod i ustaw nowe hasło.',
};
