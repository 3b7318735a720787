import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Код жіберу',
  'step.RESET_PASSWORD.title': 'Құпия сөзді қалпына келтіру',
  'step.CONFIRM_RESET_PASSWORD.title': 'Жаңа құпия сөз ойлап табыңыз',
  'hint.resetPassword': 'Осы аккаунттың құпия сөзін қалпына келтіруге арналған код жібереміз.',
  'hint.confirmResetPassword': '{destination} арқылы жіберілген кодты енгізіп, жаңа құпия сөз ойлап табыңыз.',
  'hint.confirmResetPasswordNoDestination': 'Сізге жіберілген кодты енгізіп, жаңа құпия сөз ойлап табыңыз.',
};
