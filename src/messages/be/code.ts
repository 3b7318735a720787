import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Запомніць гэту прыладу',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Увядзіце код з SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Увядзіце код з ліста',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Увядзіце код з праграмы аўтэнтыфікацыі',
  'step.CONFIRM_SIGN_UP.title': 'Пацвярджэнне ўліковага запісу',
  'hint.codeSent': 'Мы адправілі код на {destination}.',
  'hint.codeSentBy.SMS': 'Мы адправілі код у SMS на нумар {destination}.',
  'hint.codeSentBy.EMAIL': 'Мы адправілі код на адрас {destination}.',
  'hint.totpCode': 'Адкрыйце праграму аўтэнтыфікацыі і ўвядзіце шасцізначны код для гэтага ўліковага запісу.',
  'hint.confirmSignUp': 'Каб пацвердзіць уліковы запіс, увядзіце код, адпраўлены на {destination}.',
  'hint.confirmSignUpNoDestination': 'Каб пацвердзіць уліковы запіс, увядзіце код, які мы вам адправілі.',
};
