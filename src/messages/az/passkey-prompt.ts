import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'İndi yox',
  'action.registerPasskey': 'Giriş açarı yaradın',
  'step.PASSKEY_PROMPT.title': 'Növbəti dəfə daha tez daxil olun',
  'hint.passkeyPrompt': 'Parol əvəzinə barmaq izi, üz və ya ekran kilidi ilə daxil olmaq üçün giriş açarı yaradın.',
};
