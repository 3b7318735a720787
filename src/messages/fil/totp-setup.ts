import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kopyahin ang setup key',
  'action.openAuthenticator': 'Buksan sa authenticator app',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'I-set up ang iyong authenticator app',
  'hint.totpSecret': 'Setup key',
  'hint.totpQrAlt': 'QR code para idagdag ang account na ito sa isang authenticator app',
  'hint.totpCopied': 'Nakopya',
  'error.qrCode': 'Hindi maipakita ang QR code. Ilagay na lang ang setup key sa iyong authenticator app.',
  'hint.totpStepApp': 'Magbukas ng authenticator app sa iyong telepono, o mag-install ng isa.',
  'hint.totpStepScan': 'I-scan ang QR code gamit ang app, o kopyahin dito ang setup key.',
  'hint.totpStepCode': 'Ilagay ang 6 na digit na code na ipinapakita ng app.',
};
