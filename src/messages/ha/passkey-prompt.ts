import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Ba yanzu ba',
  'action.registerPasskey': 'Ƙirƙiri maɓallin shiga',
  'step.PASSKEY_PROMPT.title': 'Shiga da sauri a gaba',
  'hint.passkeyPrompt':
    'Ƙirƙiri maɓallin shiga don ku riƙa shiga da zanen yatsa, fuska ko makullin allo maimakon kalmar sirri.',
};
