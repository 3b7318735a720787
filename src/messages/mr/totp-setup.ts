import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'सेटअप की कॉपी करा',
  'action.openAuthenticator': 'ऑथेंटिकेटर ॲपमध्ये उघडा',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'तुमचे ऑथेंटिकेटर ॲप सेट करा',
  'hint.totpSecret': 'सेटअप की',
  'hint.totpQrAlt': 'हे खाते ऑथेंटिकेटर ॲपमध्ये जोडण्यासाठी QR कोड',
  'hint.totpCopied': 'कॉपी केले',
  'error.qrCode': 'QR कोड दाखवता येत नाही. त्याऐवजी तुमच्या ऑथेंटिकेटर ॲपमध्ये सेटअप की एंटर करा.',
  'hint.totpStepApp': 'तुमच्या फोनवर ऑथेंटिकेटर ॲप उघडा किंवा ते इंस्टॉल करा.',
  'hint.totpStepScan': 'ॲपने QR कोड स्कॅन करा, किंवा सेटअप की कॉपी करून ॲपमध्ये टाका.',
  'hint.totpStepCode': 'ॲपमध्ये दिसणारा ६ अंकी कोड एंटर करा.',
};
