import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Не сейчас',
  'action.registerPasskey': 'Создать ключ доступа',
  'step.PASSKEY_PROMPT.title': 'В следующий раз входите быстрее',
  'hint.passkeyPrompt':
    'Создайте ключ доступа, чтобы входить по отпечатку пальца, распознаванию лица или с помощью блокировки экрана, а не по паролю.',
};
