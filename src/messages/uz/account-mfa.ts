import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Ikki bosqichli tasdiqlash',
  'account.mfa.off': 'Ikki bosqichli tasdiqlash o‘chiq: kirishda faqat parolingiz so‘raladi.',
  'account.mfa.hint': 'Kirishda parolingiz, keyin asosiy usuldan kod so‘raladi.',
  'account.mfa.retry': 'Qayta urinish',
  'account.mfa.on': 'Yoqilgan',
  'account.mfa.preferred': 'Yoqilgan, asosiy usul',
  'account.mfa.turnOn': 'Yoqish',
  'account.mfa.turnOff': 'O‘chirish',
  'account.mfa.prefer': 'Asosiy qilish',
  'account.mfa.cancel': 'Bekor qilish',
  'account.mfa.totpOn': 'Autentifikator ilovasi yoqildi. Keyingi safar kirishda u ko‘rsatgan kodni kiriting.',
  'account.mfa.saved': 'O‘zgarish saqlandi.',
  'error.mfaLastRequired':
    'Bu hisobda ikki bosqichli tasdiqlash majburiy. Bu usulni o‘chirishdan oldin boshqasini yoqing.',
};
