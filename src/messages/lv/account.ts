import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Jūs neesat pierakstījies. Pierakstieties, lai pārvaldītu kontu.',
  'account.password.title': 'Mainīt paroli',
  'account.field.currentPassword': 'Pašreizējā parole',
  'account.password.submit': 'Mainīt paroli',
  'account.password.changed': 'Jūsu parole ir nomainīta.',
  'account.error.currentPassword': 'Tā nav jūsu pašreizējā parole.',
  'account.sessions.title': 'Izrakstīties visur',
  'account.sessions.hint':
    'Jūs tiksiet izrakstīts no visām ierīcēm un pārlūkiem, kuros esat pierakstījies, arī no šīs.',
  'account.sessions.submit': 'Izrakstīties no visām ierīcēm',
  'account.delete.title': 'Dzēst kontu',
  'account.delete.hint': 'Tiks dzēsts jūsu konts un viss, kas tajā saglabāts. Šo darbību nevar atsaukt.',
  'account.delete.word': 'dzēst',
  'account.delete.field': 'Lai apstiprinātu, ierakstiet “{word}”',
  'account.delete.submit': 'Dzēst kontu',
  'account.delete.mismatch': 'Lai apstiprinātu, ierakstiet “{word}”.',
  'account.delete.done': 'Jūsu konts ir dzēsts.',
};
