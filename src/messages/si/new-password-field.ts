import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'නව මුරපදය',
  'field.confirmPassword': 'නව මුරපදය තහවුරු කරන්න',
  'password.rules': 'ඔබේ මුරපදයේ තිබිය යුතු දේ:',
  'password.rule.minLength.one': 'අවම වශයෙන් අක්ෂර {count}ක්',
  'password.rule.minLength.other': 'අවම වශයෙන් අක්ෂර {count}ක්',
  'password.rule.lowercase': 'කුඩා ඉංග්‍රීසි අකුරක් (a–z)',
  'password.rule.uppercase': 'කැපිටල් ඉංග්‍රීසි අකුරක් (A–Z)',
  'password.rule.number': 'ඉලක්කමක් (0–9)',
  'password.rule.symbol': '! හෝ ? වැනි සංකේතයක්',
  'password.ruleMet': '{rule} (සම්පූර්ණයි)',
  'password.ruleUnmet': '{rule} (තවම නැත)',
  'action.showNewPassword': 'නව මුරපදය පෙන්වන්න',
  'action.showConfirmation': 'තහවුරු කළ මුරපදය පෙන්වන්න',
};
