import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Eszköz megjegyzése',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Adja meg az SMS-ben kapott kódot',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Adja meg az e-mailben kapott kódot',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Adja meg a hitelesítő alkalmazásban látható kódot',
  'step.CONFIRM_SIGN_UP.title': 'Fiók megerősítése',
  'hint.codeSent': 'Kódot küldtünk ide: {destination}.',
  'hint.codeSentBy.SMS': 'SMS-ben kódot küldtünk ide: {destination}.',
  'hint.codeSentBy.EMAIL': 'E-mailben kódot küldtünk ide: {destination}.',
  'hint.totpCode': 'Nyissa meg a hitelesítő alkalmazást, és adja meg a fiókhoz tartozó 6 jegyű kódot.',
  'hint.confirmSignUp': 'A fiók megerősítéséhez adja meg a kódot, amelyet ide küldtünk: {destination}.',
  'hint.confirmSignUpNoDestination': 'A fiók megerősítéséhez adja meg a kapott kódot.',
};
