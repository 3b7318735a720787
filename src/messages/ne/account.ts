import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'तपाईं साइन इन हुनुभएको छैन। आफ्नो खाता व्यवस्थापन गर्न साइन इन गर्नुहोस्।',
  'account.password.title': 'पासवर्ड परिवर्तन गर्नुहोस्',
  'account.field.currentPassword': 'हालको पासवर्ड',
  'account.password.submit': 'पासवर्ड परिवर्तन गर्नुहोस्',
  'account.password.changed': 'तपाईंको पासवर्ड परिवर्तन भयो।',
  'account.error.currentPassword': 'यो तपाईंको हालको पासवर्ड होइन।',
  'account.sessions.title': 'सबै ठाउँबाट साइन आउट गर्नुहोस्',
  'account.sessions.hint': 'यसले तपाईंलाई साइन इन भएका सबै उपकरण र ब्राउजरबाट, यो उपकरणसमेत, साइन आउट गर्छ।',
  'account.sessions.submit': 'सबै उपकरणबाट साइन आउट गर्नुहोस्',
  'account.delete.title': 'आफ्नो खाता मेटाउनुहोस्',
  'account.delete.hint': 'यसले तपाईंको खाता र त्यसमा सुरक्षित गरिएका सबै कुरा मेटाउँछ। यो फिर्ता गर्न सकिँदैन।',
  'account.delete.word': 'मेटाउनुहोस्',
  'account.delete.field': 'पुष्टि गर्न “{word}” टाइप गर्नुहोस्',
  'account.delete.submit': 'खाता मेटाउनुहोस्',
  'account.delete.mismatch': 'पुष्टि गर्न “{word}” टाइप गर्नुहोस्।',
  'account.delete.done': 'तपाईंको खाता मेटाइयो।',
};
