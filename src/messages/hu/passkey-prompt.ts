import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Most nem',
  'action.registerPasskey': 'Azonosítókulcs létrehozása',
  'step.PASSKEY_PROMPT.title': 'Jelentkezzen be gyorsabban legközelebb',
  'hint.passkeyPrompt':
    'Hozzon létre azonosítókulcsot, és jelentkezzen be jelszó helyett ujjlenyomattal, arcfelismeréssel vagy a képernyőzárral.',
};
