import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Muna þetta tæki',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Sláðu inn kóðann sem við sendum þér með SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Sláðu inn kóðann sem við sendum þér í tölvupósti',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Sláðu inn kóðann úr auðkenningarforritinu',
  'step.CONFIRM_SIGN_UP.title': 'Staðfestu reikninginn',
  'hint.codeSent': 'Við sendum kóða á {destination}.',
  'hint.codeSentBy.SMS': 'Við sendum kóða með SMS í {destination}.',
  'hint.codeSentBy.EMAIL': 'Við sendum kóða í tölvupósti á {destination}.',
  'hint.totpCode': 'Opnaðu auðkenningarforritið og sláðu inn sex stafa kóðann fyrir þennan reikning.',
  'hint.confirmSignUp': 'Sláðu inn kóðann sem við sendum á {destination} til að staðfesta reikninginn.',
  'hint.confirmSignUpNoDestination': 'Sláðu inn kóðann sem við sendum þér til að staðfesta reikninginn.',
};
