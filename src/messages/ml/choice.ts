import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'എങ്ങനെ സൈൻ ഇൻ ചെയ്യാനാണ് താൽപ്പര്യം?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'ഇത് നിങ്ങൾ തന്നെയാണെന്ന് എങ്ങനെ പരിശോധിക്കണമെന്ന് തിരഞ്ഞെടുക്കുക',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '2-ഘട്ട പരിശോധന സജ്ജീകരിക്കുക',
  'choice.SMS': 'ടെക്സ്റ്റ് സന്ദേശം (SMS)',
  'choice.TOTP': 'ഓതന്റിക്കേറ്റർ ആപ്പ്',
  'choice.EMAIL': 'ഇമെയിൽ',
  'choice.PASSWORD': 'പാസ്‌വേഡ്',
  'choice.PASSWORD_SRP': 'പാസ്‌വേഡ്',
  'choice.EMAIL_OTP': 'എനിക്ക് ഇമെയിലിൽ കോഡ് അയയ്ക്കുക',
  'choice.SMS_OTP': 'എനിക്ക് SMS ആയി കോഡ് അയയ്ക്കുക',
  'choice.WEB_AUTHN': 'പാസ്‌കീ',
};
