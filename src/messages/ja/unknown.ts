import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'このサインイン手順には対応していません',
  'hint.unknownStep':
    'このページでは表示できないサインイン手順（{step}）が要求されました。前の画面に戻ってもう一度お試しいただくか、サポートまでお問い合わせください。',
};
