import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Қазір емес',
  'action.registerPasskey': 'Кіру кілтін жасау',
  'step.PASSKEY_PROMPT.title': 'Келесі жолы жылдамырақ кіріңіз',
  'hint.passkeyPrompt':
    'Құпия сөздің орнына саусақ ізімен, бет әлпетімен немесе экран құлпымен кіру үшін кіру кілтін жасаңыз.',
};
