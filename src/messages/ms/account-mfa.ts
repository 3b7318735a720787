import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Pengesahan dua langkah',
  'account.mfa.off': 'Pengesahan dua langkah dimatikan: hanya kata laluan anda yang diminta semasa log masuk.',
  'account.mfa.hint': 'Semasa log masuk, kata laluan anda diminta, kemudian kod daripada kaedah yang digunakan dahulu.',
  'account.mfa.retry': 'Cuba lagi',
  'account.mfa.on': 'Hidup',
  'account.mfa.preferred': 'Hidup, digunakan dahulu',
  'account.mfa.turnOn': 'Hidupkan',
  'account.mfa.turnOff': 'Matikan',
  'account.mfa.prefer': 'Gunakan dahulu',
  'account.mfa.cancel': 'Batal',
  'account.mfa.totpOn':
    'Apl pengesah anda telah dihidupkan. Apabila log masuk kali seterusnya, masukkan kod yang ditunjukkannya.',
  'account.mfa.saved': 'Perubahan anda telah disimpan.',
  'error.mfaLastRequired':
    'Akaun ini mesti mengekalkan pengesahan dua langkah. Hidupkan kaedah lain sebelum mematikan kaedah ini.',
};
