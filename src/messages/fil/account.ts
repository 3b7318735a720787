import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Hindi ka naka-sign in. Mag-sign in para pamahalaan ang iyong account.',
  'account.password.title': 'Palitan ang iyong password',
  'account.field.currentPassword': 'Kasalukuyang password',
  'account.password.submit': 'Palitan ang password',
  'account.password.changed': 'Napalitan na ang iyong password.',
  'account.error.currentPassword': 'Hindi iyan ang kasalukuyan mong password.',
  'account.sessions.title': 'Mag-sign out kahit saan',
  'account.sessions.hint':
    'Masa-sign out ka nito sa lahat ng device at browser kung saan ka naka-sign in, kasama ang isang ito.',
  'account.sessions.submit': 'Mag-sign out sa lahat ng device',
  'account.delete.title': 'I-delete ang iyong account',
  'account.delete.hint': 'Buburahin nito ang iyong account at lahat ng naka-save dito. Hindi na ito maibabalik.',
  'account.delete.word': 'burahin',
  'account.delete.field': 'Para kumpirmahin, i-type ang “{word}”',
  'account.delete.submit': 'I-delete ang account',
  'account.delete.mismatch': 'I-type ang “{word}” para kumpirmahin.',
  'account.delete.done': 'Na-delete na ang iyong account.',
};
