import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Та нэвтрээгүй байна. Бүртгэлээ удирдахын тулд нэвтэрнэ үү.',
  'account.password.title': 'Нууц үгээ солих',
  'account.field.currentPassword': 'Одоогийн нууц үг',
  'account.password.submit': 'Нууц үг солих',
  'account.password.changed': 'Таны нууц үг солигдлоо.',
  'account.error.currentPassword': 'Энэ таны одоогийн нууц үг биш байна.',
  'account.sessions.title': 'Бүх газраас гарах',
  'account.sessions.hint': 'Энэ төхөөрөмжийг оруулаад нэвтэрсэн бүх төхөөрөмж, хөтчөөс тань гаргана.',
  'account.sessions.submit': 'Бүх төхөөрөмжөөс гарах',
  'account.delete.title': 'Бүртгэлээ устгах',
  'account.delete.hint': 'Энэ нь таны бүртгэл болон түүнд хадгалсан бүх зүйлийг устгана. Буцаах боломжгүй.',
  'account.delete.word': 'устгах',
  'account.delete.field': 'Баталгаажуулахын тулд «{word}» гэж бичнэ үү',
  'account.delete.submit': 'Бүртгэл устгах',
  'account.delete.mismatch': 'Баталгаажуулахын тулд «{word}» гэж бичнэ үү.',
  'account.delete.done': 'Таны бүртгэл устгагдлаа.',
};
