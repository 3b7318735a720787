import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Хоёр алхамт баталгаажуулалт',
  'account.mfa.off': 'Хоёр алхамт баталгаажуулалт унтраалттай: нэвтрэхэд зөвхөн нууц үгээ оруулна.',
  'account.mfa.hint': 'Нэвтрэхэд нууц үгээ, дараа нь үндсэн аргын кодыг оруулна.',
  'account.mfa.retry': 'Дахин оролдох',
  'account.mfa.on': 'Асаалттай',
  'account.mfa.preferred': 'Асаалттай, үндсэн арга',
  'account.mfa.turnOn': 'Асаах',
  'account.mfa.turnOff': 'Унтраах',
  'account.mfa.prefer': 'Үндсэн болгох',
  'account.mfa.cancel': 'Цуцлах',
  'account.mfa.totpOn':
    'Баталгаажуулагч апп асаалттай боллоо. Дараагийн удаа нэвтрэхдээ түүний харуулж буй кодыг оруулна уу.',
  'account.mfa.saved': 'Өөрчлөлт хадгалагдлаа.',
  'error.mfaLastRequired':
    'Энэ бүртгэлд хоёр алхамт баталгаажуулалт заавал байх ёстой. Энэ аргыг унтраахаас өмнө өөр аргыг асаана уу.',
};
