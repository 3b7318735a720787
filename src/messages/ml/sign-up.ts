import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'നിങ്ങളുടെ അക്കൗണ്ട് സൃഷ്‌ടിക്കുക',
  'hint.phoneNumber': '+ ഉം രാജ്യ കോഡും ചേർത്ത് തുടങ്ങുക, ഉദാ. +919876543210.',
  'hint.signUpNoPassword': 'പാസ്‌വേഡ് ആവശ്യമില്ല: ഞങ്ങൾ അയയ്ക്കുന്ന കോഡ് ഉപയോഗിച്ച് നിങ്ങൾ സൈൻ ഇൻ ചെയ്യും.',
  'action.haveAccount': 'ഇതിനകം അക്കൗണ്ട് ഉണ്ടോ? സൈൻ ഇൻ ചെയ്യുക',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'നിങ്ങളുടെ ഇമെയിൽ പരിശോധിക്കുക',
  'hint.signUpLink': '{destination} എന്നതിലേക്ക് ഞങ്ങൾ ഒരു ലിങ്ക് അയച്ചു. അക്കൗണ്ട് സ്ഥിരീകരിക്കാൻ അത് തുറക്കുക, ഈ പേജ് സ്വയം തുടരും.',
  'hint.signUpLinkNoDestination': 'ഞങ്ങൾ നിങ്ങൾക്ക് ഒരു ലിങ്ക് അയച്ചു. അക്കൗണ്ട് സ്ഥിരീകരിക്കാൻ അത് തുറക്കുക, ഈ പേജ് സ്വയം തുടരും.',
  'action.resendLink': 'പുതിയ ലിങ്ക് അയയ്ക്കുക',
};
