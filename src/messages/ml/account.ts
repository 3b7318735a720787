import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'നിങ്ങൾ സൈൻ ഇൻ ചെയ്തിട്ടില്ല. അക്കൗണ്ട് നിയന്ത്രിക്കാൻ സൈൻ ഇൻ ചെയ്യുക.',
  'account.password.title': 'പാസ്‌വേഡ് മാറ്റുക',
  'account.field.currentPassword': 'നിലവിലെ പാസ്‌വേഡ്',
  'account.password.submit': 'പാസ്‌വേഡ് മാറ്റുക',
  'account.password.changed': 'നിങ്ങളുടെ പാസ്‌വേഡ് മാറ്റി.',
  'account.error.currentPassword': 'ഇത് നിങ്ങളുടെ നിലവിലെ പാസ്‌വേഡ് അല്ല.',
  'account.sessions.title': 'എല്ലായിടത്തുനിന്നും സൈൻ ഔട്ട് ചെയ്യുക',
  'account.sessions.hint':
    'ഈ ഉപകരണം ഉൾപ്പെടെ, നിങ്ങൾ സൈൻ ഇൻ ചെയ്ത എല്ലാ ഉപകരണങ്ങളിൽനിന്നും ബ്രൗസറുകളിൽനിന്നും ഇത് നിങ്ങളെ സൈൻ ഔട്ട് ചെയ്യും.',
  'account.sessions.submit': 'എല്ലാ ഉപകരണങ്ങളിൽനിന്നും സൈൻ ഔട്ട് ചെയ്യുക',
  'account.delete.title': 'നിങ്ങളുടെ അക്കൗണ്ട് ഇല്ലാതാക്കുക',
  'account.delete.hint': 'ഇത് നിങ്ങളുടെ അക്കൗണ്ടും അതിൽ സംരക്ഷിച്ച എല്ലാം ഇല്ലാതാക്കും. ഇത് പഴയപടിയാക്കാനാകില്ല.',
  'account.delete.word': 'ഇല്ലാതാക്കുക',
  'account.delete.field': 'സ്ഥിരീകരിക്കാൻ “{word}” എന്ന് ടൈപ്പ് ചെയ്യുക',
  'account.delete.submit': 'അക്കൗണ്ട് ഇല്ലാതാക്കുക',
  'account.delete.mismatch': 'സ്ഥിരീകരിക്കാൻ “{word}” എന്ന് ടൈപ്പ് ചെയ്യുക.',
  'account.delete.done': 'നിങ്ങളുടെ അക്കൗണ്ട് ഇല്ലാതാക്കി.',
};
