import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Не зараз',
  'action.registerPasskey': 'Стварыць ключ доступу',
  'step.PASSKEY_PROMPT.title': 'Наступным разам уваходзьце хутчэй',
  'hint.passkeyPrompt':
    'Стварыце ключ доступу, каб уваходзіць з дапамогай адбітка пальца, твару або блакіроўкі экрана замест пароля.',
};
