import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'ਸੈੱਟਅੱਪ ਕੁੰਜੀ ਕਾਪੀ ਕਰੋ',
  'action.openAuthenticator': 'ਪ੍ਰਮਾਣਕ ਐਪ ਵਿੱਚ ਖੋਲ੍ਹੋ',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'ਆਪਣੀ ਪ੍ਰਮਾਣਕ ਐਪ ਸੈੱਟਅੱਪ ਕਰੋ',
  'hint.totpSecret': 'ਸੈੱਟਅੱਪ ਕੁੰਜੀ',
  'hint.totpQrAlt': 'ਇਸ ਖਾਤੇ ਨੂੰ ਪ੍ਰਮਾਣਕ ਐਪ ਵਿੱਚ ਸ਼ਾਮਲ ਕਰਨ ਲਈ QR ਕੋਡ',
  'hint.totpCopied': 'ਕਾਪੀ ਕੀਤਾ ਗਿਆ',
  'error.qrCode': 'QR ਕੋਡ ਦਿਖਾਇਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਇਸਦੀ ਬਜਾਏ ਆਪਣੀ ਪ੍ਰਮਾਣਕ ਐਪ ਵਿੱਚ ਸੈੱਟਅੱਪ ਕੁੰਜੀ ਦਾਖਲ ਕਰੋ।',
  'hint.totpStepApp': 'ਆਪਣੇ ਫ਼ੋਨ ’ਤੇ ਕੋਈ ਪ੍ਰਮਾਣਕ ਐਪ ਖੋਲ੍ਹੋ, ਜਾਂ ਸਥਾਪਤ ਕਰੋ।',
  'hint.totpStepScan': 'ਐਪ ਨਾਲ QR ਕੋਡ ਸਕੈਨ ਕਰੋ, ਜਾਂ ਸੈੱਟਅੱਪ ਕੁੰਜੀ ਕਾਪੀ ਕਰਕੇ ਉਸ ਵਿੱਚ ਪਾਓ।',
  'hint.totpStepCode': 'ਐਪ ਵੱਲੋਂ ਦਿਖਾਇਆ 6-ਅੰਕਾਂ ਵਾਲਾ ਕੋਡ ਦਾਖਲ ਕਰੋ।',
};
