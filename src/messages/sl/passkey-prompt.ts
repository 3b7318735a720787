import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Ne zdaj',
  'action.registerPasskey': 'Ustvari ključ za dostop',
  'step.PASSKEY_PROMPT.title': 'Naslednjič se prijavite hitreje',
  'hint.passkeyPrompt':
    'Ustvarite ključ za dostop in se namesto z geslom prijavljajte s prstnim odtisom, obrazom ali zaklepanjem zaslona.',
};
