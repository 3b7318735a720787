import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'කේතය යවන්න',
  'step.RESET_PASSWORD.title': 'ඔබේ මුරපදය යළි සකසන්න',
  'step.CONFIRM_RESET_PASSWORD.title': 'නව මුරපදයක් තෝරන්න',
  'hint.resetPassword': 'මෙම ගිණුමේ මුරපදය යළි සැකසීමට අපි කේතයක් යවන්නෙමු.',
  'hint.confirmResetPassword': 'අප {destination} වෙත යැවූ කේතය ඇතුළු කර නව මුරපදයක් තෝරන්න.',
  'hint.confirmResetPasswordNoDestination': 'අප ඔබට යැවූ කේතය ඇතුළු කර නව මුරපදයක් තෝරන්න.',
};
