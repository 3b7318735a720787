import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Корисничко име',
  'field.password': 'Лозинка',
  'field.code': 'Кôд',
  'action.signIn': 'Пријави се',
  'action.confirm': 'Потврди',
  'action.resendCode': 'Пошаљи нови кôд',
  'action.backToSignIn': 'Назад на пријављивање',
  'action.changePassword': 'Промени лозинку',
  'action.working': 'Сачекајте…',
  'action.showPassword': 'Прикажи лозинку',
  'action.resendCodeIn.one': 'Нови кôд можете да затражите за {count} секунду',
  'action.resendCodeIn.few': 'Нови кôд можете да затражите за {count} секунде',
  'action.resendCodeIn.other': 'Нови кôд можете да затражите за {count} секунди',
  'hint.codeResentNoDestination': 'Нови кôд је на путу.',
  'hint.resetRequired': 'Пре пријављивања морате да ресетујете лозинку.',
  'error.prefix': 'Грешка:',
  'error.network': 'Не можемо да се повежемо са услугом за пријављивање. Проверите везу и покушајте поново.',
  'field.email': 'Имејл',
  'field.phone': 'Број телефона',
  'field.emailOrPhone': 'Имејл или број телефона',
  'action.createAccount': 'Направи налог',
  'hint.codeLength.one': 'Кôд има {count} цифру.',
  'hint.codeLength.few': 'Кôд има {count} цифре.',
  'hint.codeLength.other': 'Кôд има {count} цифара.',
};
