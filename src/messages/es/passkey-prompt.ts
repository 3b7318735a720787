import type { Catalog } from '../en.js';

/** `es`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Ahora no',
  'action.registerPasskey': 'Crear una llave de acceso',
  'step.PASSKEY_PROMPT.title': 'Inicia sesión más rápido la próxima vez',
  'hint.passkeyPrompt':
    'Crea una llave de acceso para iniciar sesión con tu huella digital, tu rostro o el bloqueo de pantalla en lugar de una contraseña.',
};
