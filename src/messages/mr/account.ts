import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'तुम्ही साइन इन केलेले नाही. तुमचे खाते व्यवस्थापित करण्यासाठी साइन इन करा.',
  'account.password.title': 'तुमचा पासवर्ड बदला',
  'account.field.currentPassword': 'सध्याचा पासवर्ड',
  'account.password.submit': 'पासवर्ड बदला',
  'account.password.changed': 'तुमचा पासवर्ड बदलला आहे.',
  'account.error.currentPassword': 'हा तुमचा सध्याचा पासवर्ड नाही.',
  'account.sessions.title': 'सगळीकडून साइन आउट करा',
  'account.sessions.hint': 'यामुळे तुम्ही साइन इन केलेल्या सर्व डिव्हाइस आणि ब्राउझरमधून, या डिव्हाइससह, साइन आउट व्हाल.',
  'account.sessions.submit': 'सर्व डिव्हाइसमधून साइन आउट करा',
  'account.delete.title': 'तुमचे खाते हटवा',
  'account.delete.hint': 'यामुळे तुमचे खाते आणि त्यात जतन केलेले सर्व काही हटवले जाईल. हे पूर्ववत करता येत नाही.',
  'account.delete.word': 'हटवा',
  'account.delete.field': 'पुष्टी करण्यासाठी “{word}” टाइप करा',
  'account.delete.submit': 'खाते हटवा',
  'account.delete.mismatch': 'पुष्टी करण्यासाठी “{word}” टाइप करा.',
  'account.delete.done': 'तुमचे खाते हटवले आहे.',
};
