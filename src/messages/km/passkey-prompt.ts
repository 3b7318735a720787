import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'មិនមែនឥឡូវនេះទេ',
  'action.registerPasskey': 'បង្កើតកូដសម្ងាត់ចូល',
  'step.PASSKEY_PROMPT.title': 'ចូលបានលឿនជាងមុននៅពេលក្រោយ',
  'hint.passkeyPrompt': 'បង្កើតកូដសម្ងាត់ចូល ដើម្បីចូលដោយប្រើស្នាមម្រាមដៃ មុខ ឬការចាក់សោអេក្រង់ ជំនួសឱ្យពាក្យសម្ងាត់។',
};
