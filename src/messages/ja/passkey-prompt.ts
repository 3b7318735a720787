import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': '後で',
  'action.registerPasskey': 'パスキーを作成',
  'step.PASSKEY_PROMPT.title': '次回からもっと簡単にサインイン',
  'hint.passkeyPrompt':
    'パスキーを作成すると、パスワードの代わりに指紋認証、顔認証、または画面ロックでサインインできます。',
};
