import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Hozir emas',
  'action.registerPasskey': 'Kirish kalitini yaratish',
  'step.PASSKEY_PROMPT.title': 'Keyingi safar tezroq kiring',
  'hint.passkeyPrompt': 'Parol oʻrniga barmoq izi, yuz yoki ekran qulfi bilan kirish uchun kirish kalitini yarating.',
};
