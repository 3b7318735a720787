import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'ഉപയോക്തൃനാമം',
  'field.password': 'പാസ്‌വേഡ്',
  'field.code': 'കോഡ്',
  'action.signIn': 'സൈൻ ഇൻ ചെയ്യുക',
  'action.confirm': 'സ്ഥിരീകരിക്കുക',
  'action.resendCode': 'പുതിയ കോഡ് അയയ്ക്കുക',
  'action.backToSignIn': 'സൈൻ ഇന്നിലേക്ക് മടങ്ങുക',
  'action.changePassword': 'പാസ്‌വേഡ് മാറ്റുക',
  'action.working': 'കാത്തിരിക്കുക…',
  'action.showPassword': 'പാസ്‌വേഡ് കാണിക്കുക',
  'action.resendCodeIn.one': '{count} സെക്കൻഡിനുള്ളിൽ പുതിയ കോഡ് അയയ്ക്കുക',
  'action.resendCodeIn.other': '{count} സെക്കൻഡിനുള്ളിൽ പുതിയ കോഡ് അയയ്ക്കുക',
  'hint.codeResentNoDestination': 'പുതിയ കോഡ് അയച്ചുകൊണ്ടിരിക്കുന്നു.',
  'hint.resetRequired': 'സൈൻ ഇൻ ചെയ്യുന്നതിന് മുമ്പ് നിങ്ങളുടെ പാസ്‌വേഡ് റീസെറ്റ് ചെയ്യേണ്ടതുണ്ട്.',
  'error.prefix': 'പിശക്:',
  'error.network': 'സൈൻ ഇൻ സേവനത്തിലേക്ക് എത്താനായില്ല. നിങ്ങളുടെ കണക്ഷൻ പരിശോധിച്ച് വീണ്ടും ശ്രമിക്കുക.',
  'field.email': 'ഇമെയിൽ',
  'field.phone': 'ഫോൺ നമ്പർ',
  'field.emailOrPhone': 'ഇമെയിൽ അല്ലെങ്കിൽ ഫോൺ നമ്പർ',
  'action.createAccount': 'അക്കൗണ്ട് സൃഷ്‌ടിക്കുക',
  'hint.codeLength.one': 'കോഡിൽ {count} അക്കമുണ്ട്.',
  'hint.codeLength.other': 'കോഡിൽ {count} അക്കങ്ങളുണ്ട്.',
};
