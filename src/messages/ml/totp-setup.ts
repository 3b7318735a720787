import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'സജ്ജീകരണ കീ പകർത്തുക',
  'action.openAuthenticator': 'ഓതന്റിക്കേറ്റർ ആപ്പിൽ തുറക്കുക',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'നിങ്ങളുടെ ഓതന്റിക്കേറ്റർ ആപ്പ് സജ്ജീകരിക്കുക',
  'hint.totpSecret': 'സജ്ജീകരണ കീ',
  'hint.totpQrAlt': 'ഈ അക്കൗണ്ട് ഓതന്റിക്കേറ്റർ ആപ്പിൽ ചേർക്കാനുള്ള QR കോഡ്',
  'hint.totpCopied': 'പകർത്തി',
  'error.qrCode': 'QR കോഡ് കാണിക്കാനാകില്ല. പകരം നിങ്ങളുടെ ഓതന്റിക്കേറ്റർ ആപ്പിൽ സജ്ജീകരണ കീ നൽകുക.',
  'hint.totpStepApp': 'നിങ്ങളുടെ ഫോണിൽ ഒരു ഓതന്റിക്കേറ്റർ ആപ്പ് തുറക്കുക, അല്ലെങ്കിൽ ഇൻസ്റ്റാൾ ചെയ്യുക.',
  'hint.totpStepScan': 'ആപ്പ് ഉപയോഗിച്ച് QR കോഡ് സ്‌കാൻ ചെയ്യുക, അല്ലെങ്കിൽ സജ്ജീകരണ കീ പകർത്തി അതിൽ ഒട്ടിക്കുക.',
  'hint.totpStepCode': 'ആപ്പ് കാണിക്കുന്ന 6 അക്ക കോഡ് നൽകുക.',
};
