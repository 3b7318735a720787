import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Hesabınızı oluşturun',
  'hint.phoneNumber': '+ ve ülke koduyla başlayın, örneğin +14255550100.',
  'hint.signUpNoPassword': 'Parola gerekmez: Size gönderdiğimiz bir kodla oturum açarsınız.',
  'action.haveAccount': 'Zaten hesabınız var mı? Oturum açın',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'E-postanızı kontrol edin',
  'hint.signUpLink':
    '{destination} adresine bir bağlantı gönderdik. Hesabınızı onaylamak için bağlantıyı açın; bu sayfa kendiliğinden devam edecek.',
  'hint.signUpLinkNoDestination':
    'Size bir bağlantı gönderdik. Hesabınızı onaylamak için bağlantıyı açın; bu sayfa kendiliğinden devam edecek.',
  'action.resendLink': 'Yeni bağlantı gönder',
};
