import type { Catalog } from '../en.js';

/** `es`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Crea tu cuenta',
  'hint.phoneNumber': 'Empieza por + y el prefijo del país, por ejemplo +14255550100.',
  'hint.signUpNoPassword': 'No necesitas contraseña: iniciarás sesión con un código que te enviaremos.',
  'action.haveAccount': '¿Ya tienes una cuenta? Inicia sesión',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Revisa tu correo electrónico',
  'hint.signUpLink':
    'Hemos enviado un enlace a {destination}. Ábrelo para confirmar tu cuenta y esta página continuará sola.',
  'hint.signUpLinkNoDestination':
    'Te hemos enviado un enlace. Ábrelo para confirmar tu cuenta y esta página continuará sola.',
  'action.resendLink': 'Enviar un enlace nuevo',
};
