import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'പുതിയ പാസ്‌വേഡ് തിരഞ്ഞെടുക്കുക',
  'hint.newPassword': 'തുടരുന്നതിന് മുമ്പ് നിങ്ങളുടെ താൽക്കാലിക പാസ്‌വേഡ് മാറ്റേണ്ടതുണ്ട്.',
  'hint.missingAttributes': 'ഞങ്ങൾക്ക് കുറച്ച് വിവരങ്ങൾ കൂടി ആവശ്യമുണ്ട്.',
};
