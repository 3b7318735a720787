import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Jetzt nicht',
  'action.registerPasskey': 'Passkey erstellen',
  'step.PASSKEY_PROMPT.title': 'Nächstes Mal schneller anmelden',
  'hint.passkeyPrompt':
    'Erstellen Sie einen Passkey, um sich statt mit einem Passwort per Fingerabdruck, Gesichtserkennung oder Displaysperre anzumelden.',
};
