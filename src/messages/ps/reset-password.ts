import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'کوډ ولېږئ',
  'step.RESET_PASSWORD.title': 'خپل پټنوم بیا تنظیم کړئ',
  'step.CONFIRM_RESET_PASSWORD.title': 'نوی پټنوم وټاکئ',
  'hint.resetPassword': 'موږ به د دې حساب د پټنوم د بیا تنظیم لپاره کوډ ولېږو.',
  'hint.confirmResetPassword': 'هغه کوډ ولیکئ چې موږ {destination} ته ولېږه او نوی پټنوم وټاکئ.',
  'hint.confirmResetPasswordNoDestination': 'هغه کوډ ولیکئ چې موږ درته ولېږه او نوی پټنوم وټاکئ.',
};
