import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Nesate prisijungę. Prisijunkite, kad galėtumėte tvarkyti paskyrą.',
  'account.password.title': 'Pakeisti slaptažodį',
  'account.field.currentPassword': 'Dabartinis slaptažodis',
  'account.password.submit': 'Pakeisti slaptažodį',
  'account.password.changed': 'Jūsų slaptažodis pakeistas.',
  'account.error.currentPassword': 'Tai ne jūsų dabartinis slaptažodis.',
  'account.sessions.title': 'Atsijungti visur',
  'account.sessions.hint':
    'Būsite atjungti visuose įrenginiuose ir naršyklėse, kuriose esate prisijungę, įskaitant šį.',
  'account.sessions.submit': 'Atsijungti visuose įrenginiuose',
  'account.delete.title': 'Ištrinti paskyrą',
  'account.delete.hint': 'Bus ištrinta jūsų paskyra ir viskas, kas joje išsaugota. Šio veiksmo atšaukti negalima.',
  'account.delete.word': 'ištrinti',
  'account.delete.field': 'Norėdami patvirtinti, įveskite „{word}“',
  'account.delete.submit': 'Ištrinti paskyrą',
  'account.delete.mismatch': 'Norėdami patvirtinti, įveskite „{word}“.',
  'account.delete.done': 'Jūsų paskyra ištrinta.',
};
