import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Nowe hasło',
  'field.confirmPassword': 'Potwierdź nowe hasło',
  'password.rules': 'Hasło musi zawierać:',
  'password.rule.minLength.one': 'Co najmniej {count} znak',
  'password.rule.minLength.few': 'Co najmniej {count} znaki',
  'password.rule.minLength.many': 'Co najmniej {count} znaków',
  'password.rule.minLength.other': 'Co najmniej {count} znaku',
  'password.rule.lowercase': 'Małą literę bez polskich znaków (a–z)',
  'password.rule.uppercase': 'Wielką literę bez polskich znaków (A–Z)',
  'password.rule.number': 'Cyfrę (0–9)',
  'password.rule.symbol': 'Znak specjalny, np. ! lub ?',
  'password.ruleMet': '{rule} (spełniono)',
  'password.ruleUnmet': '{rule} (jeszcze nie)',
  'action.showNewPassword': 'Pokaż nowe hasło',
  'action.showConfirmation': 'Pokaż potwierdzenie hasła',
};
