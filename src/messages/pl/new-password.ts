import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Ustaw nowe hasło',
  'hint.newPassword': 'Zanim przejdziesz dalej, musisz zmienić hasło tymczasowe.',
  'hint.missingAttributes': 'Potrzebujemy jeszcze kilku informacji.',
};
