import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Не зараз',
  'action.registerPasskey': 'Створити ключ доступу',
  'step.PASSKEY_PROMPT.title': 'Наступного разу входьте швидше',
  'hint.passkeyPrompt':
    'Створіть ключ доступу, щоб входити за допомогою відбитка пальця, розпізнавання обличчя або блокування екрана замість пароля.',
};
