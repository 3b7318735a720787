import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Username',
  'field.password': 'Password',
  'field.code': 'Code',
  'action.signIn': 'Mag-sign in',
  'action.confirm': 'Kumpirmahin',
  'action.resendCode': 'Magpadala ng bagong code',
  'action.backToSignIn': 'Bumalik sa pag-sign in',
  'action.changePassword': 'Palitan ang password',
  'action.working': 'Sandali lang…',
  'action.showPassword': 'Ipakita ang password',
  'action.resendCodeIn.one': 'Magpadala ng bagong code sa loob ng {count} segundo',
  'action.resendCodeIn.other': 'Magpadala ng bagong code sa loob ng {count} segundo',
  'hint.codeResentNoDestination': 'Papunta na ang bagong code.',
  'hint.resetRequired': 'Kailangang i-reset ang iyong password bago ka makapag-sign in.',
  'error.prefix': 'Error:',
  'error.network': 'Hindi namin maabot ang serbisyo sa pag-sign in. Tingnan ang iyong koneksyon at subukang muli.',
  'field.email': 'Email',
  'field.phone': 'Numero ng telepono',
  'field.emailOrPhone': 'Email o numero ng telepono',
  'action.createAccount': 'Gumawa ng account',
  'hint.codeLength.one': 'May {count} na digit ang code.',
  'hint.codeLength.other': 'May {count} na digit ang code.',
};
