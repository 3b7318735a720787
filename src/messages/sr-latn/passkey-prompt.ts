import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Ne sada',
  'action.registerPasskey': 'Napravi pristupni ključ',
  'step.PASSKEY_PROMPT.title': 'Sledeći put se prijavite brže',
  'hint.passkeyPrompt':
    'Napravite pristupni ključ da biste se umesto lozinkom prijavljivali otiskom prsta, licem ili otključavanjem ekrana.',
};
