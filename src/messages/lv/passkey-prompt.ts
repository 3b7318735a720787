import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Ne tagad',
  'action.registerPasskey': 'Izveidot piekļuves atslēgu',
  'step.PASSKEY_PROMPT.title': 'Nākamreiz pierakstieties ātrāk',
  'hint.passkeyPrompt':
    'Izveidojiet piekļuves atslēgu, lai paroles vietā pierakstītos ar pirkstu nospiedumu, seju vai ekrāna bloķēšanu.',
};
