import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Bukan sekarang',
  'action.registerPasskey': 'Cipta kunci laluan',
  'step.PASSKEY_PROMPT.title': 'Log masuk dengan lebih pantas lain kali',
  'hint.passkeyPrompt':
    'Cipta kunci laluan untuk log masuk menggunakan cap jari, wajah atau kunci skrin anda dan bukannya kata laluan.',
};
