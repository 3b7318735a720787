import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Anda belum log masuk. Log masuk untuk mengurus akaun anda.',
  'account.password.title': 'Tukar kata laluan anda',
  'account.field.currentPassword': 'Kata laluan semasa',
  'account.password.submit': 'Tukar kata laluan',
  'account.password.changed': 'Kata laluan anda telah ditukar.',
  'account.error.currentPassword': 'Itu bukan kata laluan semasa anda.',
  'account.sessions.title': 'Log keluar di mana-mana',
  'account.sessions.hint':
    'Ini akan melog anda keluar daripada setiap peranti dan pelayar tempat anda log masuk, termasuk yang ini.',
  'account.sessions.submit': 'Log keluar daripada semua peranti',
  'account.delete.title': 'Padamkan akaun anda',
  'account.delete.hint':
    'Tindakan ini memadamkan akaun anda dan semua yang disimpan di dalamnya. Ia tidak boleh dibuat asal.',
  'account.delete.word': 'padam',
  'account.delete.field': 'Untuk mengesahkan, taip “{word}”',
  'account.delete.submit': 'Padamkan akaun',
  'account.delete.mismatch': 'Taip “{word}” untuk mengesahkan.',
  'account.delete.done': 'Akaun anda telah dipadamkan.',
};
