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
  'account.passkeys.title': 'Kunci laluan',
  'account.passkeys.hint': 'Log masuk dengan cap jari, wajah atau kunci skrin, bukan kata laluan.',
  'account.passkeys.empty': 'Anda belum menambahkan sebarang kunci laluan.',
  'account.passkeys.add': 'Tambah kunci laluan',
  'account.passkeys.unnamed': 'Kunci laluan',
  'account.passkeys.created': 'Ditambah pada {date}',
  'account.passkeys.remove': 'Alih keluar',
  'account.passkeys.confirm': 'Alih keluar “{name}”? Anda tidak akan dapat log masuk dengannya lagi.',
  'account.passkeys.confirmSubmit': 'Alih keluar kunci laluan',
  'account.passkeys.keep': 'Simpan',
  'account.passkeys.added': 'Kunci laluan ditambah. Anda boleh menggunakannya apabila log masuk kali seterusnya.',
  'account.passkeys.deleted': 'Kunci laluan dialih keluar.',
  'account.devices.title': 'Peranti yang diingati',
  'account.devices.hint': 'Peranti ini boleh log masuk tanpa kod pengesahan.',
  'account.devices.empty': 'Tiada peranti yang diingati.',
  'account.devices.this': 'Peranti ini',
  'account.devices.unnamed': 'Peranti tanpa nama',
  'account.devices.forget': 'Lupakan',
  'account.devices.forgetThis': 'Lupakan peranti ini',
  'account.devices.forgot':
    'Peranti dilupakan. Peranti itu akan memerlukan kod pengesahan apabila log masuk kali seterusnya.',
  'account.devices.forgotThis':
    'Peranti ini telah dilupakan. Anda akan memerlukan kod pengesahan apabila log masuk di sini kali seterusnya.',
  'account.lastUsed': 'Kali terakhir digunakan pada {date}',
  'account.list.retry': 'Cuba lagi',
};
