import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Одоо биш',
  'action.registerPasskey': 'Нэвтрэх түлхүүр үүсгэх',
  'step.PASSKEY_PROMPT.title': 'Дараагийн удаа илүү хурдан нэвтрээрэй',
  'hint.passkeyPrompt':
    'Нууц үгийн оронд хурууны хээ, царай эсвэл дэлгэцийн түгжээгээр нэвтрэхийн тулд нэвтрэх түлхүүр үүсгээрэй.',
};
