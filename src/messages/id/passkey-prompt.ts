import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Nanti saja',
  'action.registerPasskey': 'Buat kunci sandi',
  'step.PASSKEY_PROMPT.title': 'Masuk lebih cepat lain kali',
  'hint.passkeyPrompt':
    'Buat kunci sandi agar Anda dapat masuk dengan sidik jari, wajah, atau kunci layar, tanpa kata sandi.',
};
