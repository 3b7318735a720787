import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'دا وسیله په یاد وساته',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'هغه کوډ ولیکئ چې موږ په SMS کې درولېږه',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'هغه کوډ ولیکئ چې موږ په برېښنالیک کې درولېږه',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'د تصدیق له اپ څخه کوډ ولیکئ',
  'step.CONFIRM_SIGN_UP.title': 'خپل حساب تایید کړئ',
  'hint.codeSent': 'موږ {destination} ته کوډ ولېږه.',
  'hint.codeSentBy.SMS': 'موږ {destination} ته په SMS کې کوډ ولېږه.',
  'hint.codeSentBy.EMAIL': 'موږ {destination} ته په برېښنالیک کې کوډ ولېږه.',
  'hint.totpCode': 'د تصدیق اپ پرانیزئ او د دې حساب ۶ رقمي کوډ ولیکئ.',
  'hint.confirmSignUp': 'د خپل حساب د تایید لپاره هغه کوډ ولیکئ چې موږ {destination} ته ولېږه.',
  'hint.confirmSignUpNoDestination': 'د خپل حساب د تایید لپاره هغه کوډ ولیکئ چې موږ درته ولېږه.',
};
