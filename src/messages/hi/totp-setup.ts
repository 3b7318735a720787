import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'सेटअप कुंजी कॉपी करें',
  'action.openAuthenticator': 'ऑथेंटिकेटर ऐप में खोलें',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'ऑथेंटिकेटर ऐप सेट अप करें',
  'hint.totpSecret': 'सेटअप कुंजी',
  'hint.totpQrAlt': 'इस खाते को ऑथेंटिकेटर ऐप में जोड़ने के लिए QR कोड',
  'hint.totpCopied': 'कॉपी हो गया',
  'error.qrCode': 'QR कोड नहीं दिखाया जा सकता। इसके बजाय, अपने ऑथेंटिकेटर ऐप में सेटअप कुंजी डालें।',
  'hint.totpStepApp': 'अपने फ़ोन पर कोई ऑथेंटिकेटर ऐप खोलें या इंस्टॉल करें।',
  'hint.totpStepScan': 'ऐप से QR कोड स्कैन करें या सेटअप कुंजी कॉपी करके उसमें डालें।',
  'hint.totpStepCode': 'ऐप में दिख रहा 6 अंकों वाला कोड डालें।',
};
