import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Ne sada',
  'action.registerPasskey': 'Izradi pristupni ključ',
  'step.PASSKEY_PROMPT.title': 'Sljedeći put prijavite se brže',
  'hint.passkeyPrompt':
    'Izradite pristupni ključ pa se umjesto zaporkom prijavljujte otiskom prsta, licem ili otključavanjem zaslona.',
};
