import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Ինչպե՞ս եք ուզում մուտք գործել',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Ընտրեք, թե ինչպես հաստատել, որ դուք եք',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Կարգավորեք երկքայլ ստուգումը',
  'choice.SMS': 'SMS հաղորդագրություն',
  'choice.TOTP': 'Նույնականացման հավելված',
  'choice.EMAIL': 'Էլ. փոստ',
  'choice.PASSWORD': 'Գաղտնաբառ',
  'choice.PASSWORD_SRP': 'Գաղտնաբառ',
  'choice.EMAIL_OTP': 'Ստանալ կոդ էլ. փոստով',
  'choice.SMS_OTP': 'Ստանալ կոդ SMS-ով',
  'choice.WEB_AUTHN': 'Անցաբառ',
};
