import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Cipta akaun anda',
  'hint.phoneNumber': 'Mulakan dengan + dan kod negara anda, contohnya +60123456789.',
  'hint.signUpNoPassword': 'Tiada kata laluan diperlukan: anda akan log masuk dengan kod yang kami hantar.',
  'action.haveAccount': 'Sudah mempunyai akaun? Log masuk',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Semak e-mel anda',
  'hint.signUpLink':
    'Kami telah menghantar pautan ke {destination}. Bukanya untuk mengesahkan akaun anda, dan halaman ini akan diteruskan dengan sendirinya.',
  'hint.signUpLinkNoDestination':
    'Kami telah menghantar pautan kepada anda. Bukanya untuk mengesahkan akaun anda, dan halaman ini akan diteruskan dengan sendirinya.',
  'action.resendLink': 'Hantar pautan baharu',
};
