import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'உள்நுழைவின் இந்தப் படி ஆதரிக்கப்படவில்லை',
  'hint.unknownStep':
    'இந்தப் பக்கத்தால் காட்ட முடியாத ஒரு படியை ({step}) உள்நுழைவு கேட்கிறது. பின்சென்று மீண்டும் முயலவும் அல்லது உதவிக் குழுவைத் தொடர்புகொள்ளவும்.',
};
