import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'ಸೈನ್ ಇನ್‌ನ ಈ ಹಂತಕ್ಕೆ ಬೆಂಬಲವಿಲ್ಲ',
  'hint.unknownStep': 'ಈ ಪುಟ ತೋರಿಸಲಾಗದ ಹಂತವನ್ನು ({step}) ಸೈನ್ ಇನ್ ಕೇಳಿದೆ. ಹಿಂತಿರುಗಿ ಮತ್ತೊಮ್ಮೆ ಪ್ರಯತ್ನಿಸಿ, ಅಥವಾ ಬೆಂಬಲ ತಂಡವನ್ನು ಸಂಪರ್ಕಿಸಿ.',
};
