import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Адправіць код',
  'step.RESET_PASSWORD.title': 'Скід пароля',
  'step.CONFIRM_RESET_PASSWORD.title': 'Прыдумайце новы пароль',
  'hint.resetPassword': 'Мы адправім код, каб скінуць пароль гэтага ўліковага запісу.',
  'hint.confirmResetPassword': 'Увядзіце код, адпраўлены на {destination}, і прыдумайце новы пароль.',
  'hint.confirmResetPasswordNoDestination': 'Увядзіце код, які мы вам адправілі, і прыдумайце новы пароль.',
};
