import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'ನಿಮ್ಮ ಸಂಪರ್ಕ ವಿವರಗಳನ್ನು ಪರಿಶೀಲಿಸಿ',
  'hint.verifyContact': 'ನಿಮ್ಮನ್ನು ಹೇಗೆ ಸಂಪರ್ಕಿಸಬಹುದು ಎಂಬುದನ್ನು ಪರಿಶೀಲಿಸಿ, ಆಗ ಪಾಸ್‌ವರ್ಡ್ ಮರೆತರೆ ಅದನ್ನು ರೀಸೆಟ್ ಮಾಡಬಹುದು.',
  'action.verifyContact.email': 'ನನಗೆ ಇಮೇಲ್‌ನಲ್ಲಿ ಕೋಡ್ ಕಳುಹಿಸಿ',
  'action.verifyContact.phone_number': 'ನನಗೆ SMS ನಲ್ಲಿ ಕೋಡ್ ಕಳುಹಿಸಿ',
};
