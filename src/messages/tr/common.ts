import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Kullanıcı adı',
  'field.password': 'Şifre',
  'field.code': 'Kod',
  'action.signIn': 'Oturum aç',
  'action.confirm': 'Onayla',
  'action.resendCode': 'Yeni kod gönder',
  'action.backToSignIn': 'Oturum açma ekranına dön',
  'action.changePassword': 'Şifreyi değiştir',
  'action.working': 'Lütfen bekleyin…',
  'action.showPassword': 'Şifreyi göster',
  'action.resendCodeIn.one': '{count} saniye sonra yeni kod isteyebilirsiniz',
  'action.resendCodeIn.other': '{count} saniye sonra yeni kod isteyebilirsiniz',
  'hint.codeResentNoDestination': 'Yeni bir kod yolda.',
  'hint.resetRequired': 'Oturum açabilmek için şifrenizi sıfırlamanız gerekiyor.',
  'error.prefix': 'Hata:',
  'error.network': 'Oturum açma hizmetine ulaşılamadı. İnternet bağlantınızı kontrol edip tekrar deneyin.',
  'field.email': 'E-posta',
  'field.phone': 'Telefon numarası',
  'field.emailOrPhone': 'E-posta veya telefon numarası',
  'action.createAccount': 'Hesap oluştur',
  'hint.codeLength.one': 'Kod {count} hanelidir.',
  'hint.codeLength.other': 'Kod {count} hanelidir.',
};
