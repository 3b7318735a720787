import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'ഈ ഉപകരണം ഓർമ്മിക്കുക',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'ഞങ്ങൾ SMS വഴി അയച്ച കോഡ് നൽകുക',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'ഞങ്ങൾ ഇമെയിൽ വഴി അയച്ച കോഡ് നൽകുക',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'നിങ്ങളുടെ ഓതന്റിക്കേറ്റർ ആപ്പിലെ കോഡ് നൽകുക',
  'step.CONFIRM_SIGN_UP.title': 'നിങ്ങളുടെ അക്കൗണ്ട് സ്ഥിരീകരിക്കുക',
  'hint.codeSent': '{destination} എന്നതിലേക്ക് ഞങ്ങൾ ഒരു കോഡ് അയച്ചു.',
  'hint.codeSentBy.SMS': '{destination} എന്നതിലേക്ക് ഞങ്ങൾ SMS വഴി ഒരു കോഡ് അയച്ചു.',
  'hint.codeSentBy.EMAIL': '{destination} എന്നതിലേക്ക് ഞങ്ങൾ ഇമെയിൽ വഴി ഒരു കോഡ് അയച്ചു.',
  'hint.totpCode': 'നിങ്ങളുടെ ഓതന്റിക്കേറ്റർ ആപ്പ് തുറന്ന് ഈ അക്കൗണ്ടിനുള്ള 6 അക്ക കോഡ് നൽകുക.',
  'hint.confirmSignUp': 'അക്കൗണ്ട് സ്ഥിരീകരിക്കാൻ {destination} എന്നതിലേക്ക് ഞങ്ങൾ അയച്ച കോഡ് നൽകുക.',
  'hint.confirmSignUpNoDestination': 'അക്കൗണ്ട് സ്ഥിരീകരിക്കാൻ ഞങ്ങൾ അയച്ച കോഡ് നൽകുക.',
};
