import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'አልገቡም። መለያዎን ለማስተዳደር ይግቡ።',
  'account.password.title': 'የይለፍ ቃልዎን ይቀይሩ',
  'account.field.currentPassword': 'የአሁኑ የይለፍ ቃል',
  'account.password.submit': 'የይለፍ ቃል ቀይር',
  'account.password.changed': 'የይለፍ ቃልዎ ተቀይሯል።',
  'account.error.currentPassword': 'ይህ የአሁኑ የይለፍ ቃልዎ አይደለም።',
  'account.sessions.title': 'ከሁሉም ቦታ ውጣ',
  'account.sessions.hint': 'ይህ የገቡባቸውን ሁሉንም መሣሪያዎችና አሳሾች፣ ይህንንም ጨምሮ፣ ያስወጣዎታል።',
  'account.sessions.submit': 'ከሁሉም መሣሪያዎች ውጣ',
  'account.delete.title': 'መለያዎን ይሰርዙ',
  'account.delete.hint': 'ይህ መለያዎንና ከእሱ ጋር የተቀመጠውን ሁሉ ይሰርዛል። መመለስ አይቻልም።',
  'account.delete.word': 'ሰርዝ',
  'account.delete.field': 'ለማረጋገጥ «{word}» ብለው ይጻፉ',
  'account.delete.submit': 'መለያ ሰርዝ',
  'account.delete.mismatch': 'ለማረጋገጥ «{word}» ብለው ይጻፉ።',
  'account.delete.done': 'መለያዎ ተሰርዟል።',
};
