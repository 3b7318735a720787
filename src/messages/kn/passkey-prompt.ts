import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'ಈಗ ಬೇಡ',
  'action.registerPasskey': 'ಪಾಸ್‌ಕೀ ರಚಿಸಿ',
  'step.PASSKEY_PROMPT.title': 'ಮುಂದಿನ ಬಾರಿ ಇನ್ನಷ್ಟು ವೇಗವಾಗಿ ಸೈನ್ ಇನ್ ಮಾಡಿ',
  'hint.passkeyPrompt': 'ಪಾಸ್‌ವರ್ಡ್ ಬದಲಿಗೆ ನಿಮ್ಮ ಫಿಂಗರ್‌ಪ್ರಿಂಟ್, ಮುಖ ಅಥವಾ ಸ್ಕ್ರೀನ್ ಲಾಕ್ ಮೂಲಕ ಸೈನ್ ಇನ್ ಮಾಡಲು ಪಾಸ್‌ಕೀ ರಚಿಸಿ.',
};
