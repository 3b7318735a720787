import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'दो-चरणीय सत्यापन',
  'account.mfa.off': 'दो-चरणीय सत्यापन बंद है: साइन इन करते समय सिर्फ़ आपका पासवर्ड पूछा जाता है।',
  'account.mfa.hint': 'साइन इन करते समय आपका पासवर्ड और फिर पहले इस्तेमाल होने वाले तरीके से कोड पूछा जाता है।',
  'account.mfa.retry': 'फिर से कोशिश करें',
  'account.mfa.on': 'चालू',
  'account.mfa.preferred': 'चालू, पहले इस्तेमाल होता है',
  'account.mfa.turnOn': 'चालू करें',
  'account.mfa.turnOff': 'बंद करें',
  'account.mfa.prefer': 'पहले इस्तेमाल करें',
  'account.mfa.cancel': 'रद्द करें',
  'account.mfa.totpOn': 'आपका ऑथेंटिकेटर ऐप चालू हो गया है। अगली बार साइन इन करते समय उसमें दिख रहा कोड डालें।',
  'account.mfa.saved': 'आपका बदलाव सेव हो गया।',
  'error.mfaLastRequired': 'इस खाते में दो-चरणीय सत्यापन रखना ज़रूरी है। इसे बंद करने से पहले कोई दूसरा तरीका चालू करें।',
};
