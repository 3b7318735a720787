import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Запамти овај уређај',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Унесите кôд који смо вам послали SMS-ом',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Унесите кôд који смо вам послали имејлом',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Унесите кôд из апликације за аутентификацију',
  'step.CONFIRM_SIGN_UP.title': 'Потврдите налог',
  'hint.codeSent': 'Послали смо кôд на {destination}.',
  'hint.codeSentBy.SMS': 'Послали смо кôд SMS-ом на {destination}.',
  'hint.codeSentBy.EMAIL': 'Послали смо кôд имејлом на {destination}.',
  'hint.totpCode': 'Отворите апликацију за аутентификацију и унесите шестоцифрени кôд за овај налог.',
  'hint.confirmSignUp': 'Да бисте потврдили налог, унесите кôд који смо послали на {destination}.',
  'hint.confirmSignUpNoDestination': 'Да бисте потврдили налог, унесите кôд који смо вам послали.',
};
