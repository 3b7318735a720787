import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'İstifadəçi adı',
  'field.password': 'Parol',
  'field.code': 'Kod',
  'action.signIn': 'Daxil olun',
  'action.confirm': 'Təsdiqləyin',
  'action.resendCode': 'Yeni kod göndərin',
  'action.backToSignIn': 'Girişə qayıdın',
  'action.changePassword': 'Parolu dəyişin',
  'action.working': 'Gözləyin…',
  'action.showPassword': 'Parolu göstərin',
  'action.resendCodeIn.one': '{count} saniyədən sonra yeni kod göndərin',
  'action.resendCodeIn.other': '{count} saniyədən sonra yeni kod göndərin',
  'hint.codeResentNoDestination': 'Yeni kod göndərilir.',
  'hint.resetRequired': 'Daxil olmazdan əvvəl parolunuzu sıfırlamalısınız.',
  'error.prefix': 'Xəta:',
  'error.network': 'Giriş xidmətinə qoşulmaq alınmadı. İnternet bağlantınızı yoxlayıb yenidən cəhd edin.',
  'field.email': 'E-poçt',
  'field.phone': 'Telefon nömrəsi',
  'field.emailOrPhone': 'E-poçt və ya telefon nömrəsi',
  'action.createAccount': 'Hesab yaradın',
  'hint.codeLength.one': 'Kod {count} rəqəmdən ibarətdir.',
  'hint.codeLength.other': 'Kod {count} rəqəmdən ibarətdir.',
};
