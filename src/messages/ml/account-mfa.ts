import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'രണ്ട്-ഘട്ട പരിശോധന',
  'account.mfa.off': 'രണ്ട്-ഘട്ട പരിശോധന ഓഫാണ്: സൈൻ ഇൻ ചെയ്യുമ്പോൾ നിങ്ങളുടെ പാസ്‌വേഡ് മാത്രമേ ചോദിക്കൂ.',
  'account.mfa.hint': 'സൈൻ ഇൻ ചെയ്യുമ്പോൾ നിങ്ങളുടെ പാസ്‌വേഡും തുടർന്ന് ആദ്യം ഉപയോഗിക്കുന്ന രീതിയിൽ നിന്നുള്ള കോഡും ചോദിക്കും.',
  'account.mfa.retry': 'വീണ്ടും ശ്രമിക്കുക',
  'account.mfa.on': 'ഓൺ',
  'account.mfa.preferred': 'ഓൺ, ആദ്യം ഉപയോഗിക്കുന്നു',
  'account.mfa.turnOn': 'ഓണാക്കുക',
  'account.mfa.turnOff': 'ഓഫാക്കുക',
  'account.mfa.prefer': 'ആദ്യം ഉപയോഗിക്കുക',
  'account.mfa.cancel': 'റദ്ദാക്കുക',
  'account.mfa.totpOn': 'നിങ്ങളുടെ ഓതന്റിക്കേറ്റർ ആപ്പ് ഓണാണ്. അടുത്ത തവണ സൈൻ ഇൻ ചെയ്യുമ്പോൾ അത് കാണിക്കുന്ന കോഡ് നൽകുക.',
  'account.mfa.saved': 'നിങ്ങളുടെ മാറ്റം സംരക്ഷിച്ചു.',
  'error.mfaLastRequired': 'ഈ അക്കൗണ്ടിൽ രണ്ട്-ഘട്ട പരിശോധന നിലനിർത്തണം. ഇത് ഓഫാക്കുന്നതിന് മുമ്പ് മറ്റൊരു രീതി ഓണാക്കുക.',
};
