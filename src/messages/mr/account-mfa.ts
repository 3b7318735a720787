import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'द्वि-चरण पडताळणी',
  'account.mfa.off': 'द्वि-चरण पडताळणी बंद आहे: साइन इन करताना फक्त तुमचा पासवर्ड विचारला जातो.',
  'account.mfa.hint': 'साइन इन करताना तुमचा पासवर्ड आणि नंतर आधी वापरल्या जाणाऱ्या पद्धतीचा कोड विचारला जातो.',
  'account.mfa.retry': 'पुन्हा प्रयत्न करा',
  'account.mfa.on': 'चालू',
  'account.mfa.preferred': 'चालू, आधी वापरली जाते',
  'account.mfa.turnOn': 'चालू करा',
  'account.mfa.turnOff': 'बंद करा',
  'account.mfa.prefer': 'आधी वापरा',
  'account.mfa.cancel': 'रद्द करा',
  'account.mfa.totpOn': 'तुमचे ऑथेंटिकेटर ॲप चालू झाले आहे. पुढच्या वेळी साइन इन करताना ते दाखवत असलेला कोड एंटर करा.',
  'account.mfa.saved': 'तुमचा बदल सेव्ह झाला.',
  'error.mfaLastRequired': 'या खात्यात द्वि-चरण पडताळणी ठेवणे आवश्यक आहे. ही पद्धत बंद करण्यापूर्वी दुसरी पद्धत चालू करा.',
};
