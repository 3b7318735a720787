import type { Catalog } from '../en.js';

/** `es-419`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Nombre de usuario',
  'field.password': 'Contraseña',
  'field.code': 'Código',
  'action.signIn': 'Iniciar sesión',
  'action.confirm': 'Confirmar',
  'action.resendCode': 'Enviar un código nuevo',
  'action.backToSignIn': 'Volver al inicio de sesión',
  'action.changePassword': 'Cambiar contraseña',
  'action.working': 'Espera un momento…',
  'action.showPassword': 'Mostrar contraseña',
  'action.resendCodeIn.one': 'Enviar un código nuevo en {count} segundo',
  'action.resendCodeIn.many': 'Enviar un código nuevo en {count} segundos',
  'action.resendCodeIn.other': 'Enviar un código nuevo en {count} segundos',
  'hint.codeResentNoDestination': 'Te estamos enviando un código nuevo.',
  'hint.resetRequired': 'Debes restablecer tu contraseña antes de iniciar sesión.',
  'error.prefix': 'Error:',
  'error.network': 'No pudimos conectar con el servicio de inicio de sesión. Revisa tu conexión e inténtalo de nuevo.',
  'field.email': 'Correo electrónico',
  'field.phone': 'Número de teléfono',
  'field.emailOrPhone': 'Correo electrónico o número de teléfono',
  'action.createAccount': 'Crear cuenta',
  'hint.codeLength.one': 'El código tiene {count} dígito.',
  'hint.codeLength.many': 'El código tiene {count} dígitos.',
  'hint.codeLength.other': 'El código tiene {count} dígitos.',
};
