import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Не сега',
  'action.registerPasskey': 'Създаване на ключ за достъп',
  'step.PASSKEY_PROMPT.title': 'Влизайте по-бързо следващия път',
  'hint.passkeyPrompt':
    'Създайте ключ за достъп, за да влизате с отпечатък, лицево разпознаване или заключването на екрана вместо с парола.',
};
