import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'दुई-चरण प्रमाणीकरण',
  'account.mfa.off': 'दुई-चरण प्रमाणीकरण बन्द छ: साइन इन गर्दा तपाईंको पासवर्ड मात्र सोधिन्छ।',
  'account.mfa.hint': 'साइन इन गर्दा तपाईंको पासवर्ड, त्यसपछि पहिले प्रयोग हुने विधिको कोड सोधिन्छ।',
  'account.mfa.retry': 'फेरि प्रयास गर्नुहोस्',
  'account.mfa.on': 'सक्रिय',
  'account.mfa.preferred': 'सक्रिय, पहिले प्रयोग हुन्छ',
  'account.mfa.turnOn': 'सक्रिय गर्नुहोस्',
  'account.mfa.turnOff': 'बन्द गर्नुहोस्',
  'account.mfa.prefer': 'पहिले प्रयोग गर्नुहोस्',
  'account.mfa.cancel': 'रद्द गर्नुहोस्',
  'account.mfa.totpOn': 'तपाईंको प्रमाणक एप सक्रिय भयो। अर्को पटक साइन इन गर्दा त्यसले देखाउने कोड हाल्नुहोस्।',
  'account.mfa.saved': 'तपाईंको परिवर्तन सुरक्षित भयो।',
  'error.mfaLastRequired': 'यो खातामा दुई-चरण प्रमाणीकरण राख्नैपर्छ। यो विधि बन्द गर्नुअघि अर्को विधि सक्रिय गर्नुहोस्।',
};
