import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Хэрэглэгчийн нэр',
  'field.password': 'Нууц үг',
  'field.code': 'Код',
  'action.signIn': 'Нэвтрэх',
  'action.confirm': 'Баталгаажуулах',
  'action.resendCode': 'Шинэ код илгээх',
  'action.backToSignIn': 'Нэвтрэх хэсэг рүү буцах',
  'action.changePassword': 'Нууц үг солих',
  'action.working': 'Түр хүлээнэ үү…',
  'action.showPassword': 'Нууц үгийг харуулах',
  'action.resendCodeIn.one': '{count} секундын дараа шинэ код авах боломжтой',
  'action.resendCodeIn.other': '{count} секундын дараа шинэ код авах боломжтой',
  'hint.codeResentNoDestination': 'Шинэ код илгээгдэж байна.',
  'hint.resetRequired': 'Нэвтрэхийн өмнө нууц үгээ сэргээх шаардлагатай.',
  'error.prefix': 'Алдаа:',
  'error.network': 'Нэвтрэх үйлчилгээтэй холбогдож чадсангүй. Холболтоо шалгаад дахин оролдоно уу.',
  'field.email': 'Имэйл',
  'field.phone': 'Утасны дугаар',
  'field.emailOrPhone': 'Имэйл эсвэл утасны дугаар',
  'action.createAccount': 'Бүртгэл үүсгэх',
  'hint.codeLength.one': 'Код {count} оронтой.',
  'hint.codeLength.other': 'Код {count} оронтой.',
};
