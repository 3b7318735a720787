import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'ಬಳಕೆದಾರರ ಹೆಸರು',
  'field.password': 'ಪಾಸ್‌ವರ್ಡ್',
  'field.code': 'ಕೋಡ್',
  'action.signIn': 'ಸೈನ್ ಇನ್ ಮಾಡಿ',
  'action.confirm': 'ದೃಢೀಕರಿಸಿ',
  'action.resendCode': 'ಹೊಸ ಕೋಡ್ ಕಳುಹಿಸಿ',
  'action.backToSignIn': 'ಸೈನ್ ಇನ್‌ಗೆ ಹಿಂತಿರುಗಿ',
  'action.changePassword': 'ಪಾಸ್‌ವರ್ಡ್ ಬದಲಾಯಿಸಿ',
  'action.working': 'ದಯವಿಟ್ಟು ನಿರೀಕ್ಷಿಸಿ…',
  'action.showPassword': 'ಪಾಸ್‌ವರ್ಡ್ ತೋರಿಸಿ',
  'action.resendCodeIn.one': '{count} ಸೆಕೆಂಡ್‌ನಲ್ಲಿ ಹೊಸ ಕೋಡ್ ಕಳುಹಿಸಿ',
  'action.resendCodeIn.other': '{count} ಸೆಕೆಂಡ್‌ಗಳಲ್ಲಿ ಹೊಸ ಕೋಡ್ ಕಳುಹಿಸಿ',
  'hint.codeResentNoDestination': 'ಹೊಸ ಕೋಡ್ ಕಳುಹಿಸಲಾಗುತ್ತಿದೆ.',
  'hint.resetRequired': 'ಸೈನ್ ಇನ್ ಮಾಡುವ ಮೊದಲು ನಿಮ್ಮ ಪಾಸ್‌ವರ್ಡ್ ಅನ್ನು ರೀಸೆಟ್ ಮಾಡಬೇಕು.',
  'error.prefix': 'ದೋಷ:',
  'error.network': 'ಸೈನ್-ಇನ್ ಸೇವೆಯನ್ನು ತಲುಪಲು ನಮಗೆ ಸಾಧ್ಯವಾಗಲಿಲ್ಲ. ನಿಮ್ಮ ಕನೆಕ್ಷನ್ ಪರಿಶೀಲಿಸಿ ಮತ್ತೊಮ್ಮೆ ಪ್ರಯತ್ನಿಸಿ.',
  'field.email': 'ಇಮೇಲ್',
  'field.phone': 'ಫೋನ್ ಸಂಖ್ಯೆ',
  'field.emailOrPhone': 'ಇಮೇಲ್ ಅಥವಾ ಫೋನ್ ಸಂಖ್ಯೆ',
  'action.createAccount': 'ಖಾತೆ ರಚಿಸಿ',
  'hint.codeLength.one': 'ಕೋಡ್ {count} ಅಂಕಿಯನ್ನು ಹೊಂದಿದೆ.',
  'hint.codeLength.other': 'ಕೋಡ್ {count} ಅಂಕಿಗಳನ್ನು ಹೊಂದಿದೆ.',
};
