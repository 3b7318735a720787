import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'सेटअप की कपी गर्नुहोस्',
  'action.openAuthenticator': 'प्रमाणक एपमा खोल्नुहोस्',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'प्रमाणक एप सेटअप गर्नुहोस्',
  'hint.totpSecret': 'सेटअप की',
  'hint.totpQrAlt': 'यो खाता प्रमाणक एपमा थप्ने QR कोड',
  'hint.totpCopied': 'कपी गरियो',
  'error.qrCode': 'QR कोड देखाउन सकिएन। बरु सेटअप की प्रमाणक एपमा हाल्नुहोस्।',
  'hint.totpStepApp': 'आफ्नो फोनमा प्रमाणक एप खोल्नुहोस्, वा एउटा इन्स्टल गर्नुहोस्।',
  'hint.totpStepScan': 'एपले QR कोड स्क्यान गर्नुहोस्, वा सेटअप की एपमा कपी गर्नुहोस्।',
  'hint.totpStepCode': 'एपले देखाएको ६ अङ्कको कोड हाल्नुहोस्।',
};
