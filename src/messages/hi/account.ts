import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'आप साइन इन नहीं हैं। अपना खाता प्रबंधित करने के लिए साइन इन करें।',
  'account.password.title': 'अपना पासवर्ड बदलें',
  'account.field.currentPassword': 'मौजूदा पासवर्ड',
  'account.password.submit': 'पासवर्ड बदलें',
  'account.password.changed': 'आपका पासवर्ड बदल दिया गया है।',
  'account.error.currentPassword': 'यह आपका मौजूदा पासवर्ड नहीं है।',
  'account.sessions.title': 'हर जगह से साइन आउट करें',
  'account.sessions.hint':
    'इससे आप उन सभी डिवाइस और ब्राउज़र से साइन आउट हो जाएँगे जहाँ आप साइन इन हैं, इसमें यह डिवाइस भी शामिल है।',
  'account.sessions.submit': 'सभी डिवाइस से साइन आउट करें',
  'account.delete.title': 'अपना खाता हटाएं',
  'account.delete.hint': 'इससे आपका खाता और उसमें सहेजा गया सब कुछ हट जाएगा। इसे वापस नहीं लाया जा सकता।',
  'account.delete.word': 'हटाएं',
  'account.delete.field': 'पुष्टि करने के लिए “{word}” लिखें',
  'account.delete.submit': 'खाता हटाएं',
  'account.delete.mismatch': 'पुष्टि करने के लिए “{word}” लिखें।',
  'account.delete.done': 'आपका खाता हटा दिया गया है।',
};
