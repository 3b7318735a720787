import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Hesabınızı yaradın',
  'hint.phoneNumber': '+ və ölkə kodu ilə başlayın, məsələn, +994501234567.',
  'hint.signUpNoPassword': 'Parol lazım deyil: göndərəcəyimiz kodla daxil olacaqsınız.',
  'action.haveAccount': 'Artıq hesabınız var? Daxil olun',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'E-poçtunuzu yoxlayın',
  'hint.signUpLink':
    '{destination} ünvanına link göndərdik. Hesabınızı təsdiqləmək üçün onu açın, bu səhifə özü davam edəcək.',
  'hint.signUpLinkNoDestination':
    'Sizə link göndərdik. Hesabınızı təsdiqləmək üçün onu açın, bu səhifə özü davam edəcək.',
  'action.resendLink': 'Yeni link göndərin',
};
