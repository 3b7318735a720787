import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'அமைவு விசையை நகலெடு',
  'action.openAuthenticator': 'அங்கீகரிப்பு ஆப்ஸில் திற',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'அங்கீகரிப்பு ஆப்ஸை அமைக்கவும்',
  'hint.totpSecret': 'அமைவு விசை',
  'hint.totpQrAlt': 'இந்தக் கணக்கை அங்கீகரிப்பு ஆப்ஸில் சேர்ப்பதற்கான QR குறியீடு',
  'hint.totpCopied': 'நகலெடுக்கப்பட்டது',
  'error.qrCode': 'QR குறியீட்டைக் காட்ட முடியவில்லை. அதற்குப் பதிலாக அமைவு விசையை அங்கீகரிப்பு ஆப்ஸில் உள்ளிடவும்.',
  'hint.totpStepApp': 'உங்கள் ஃபோனில் அங்கீகரிப்பு ஆப்ஸைத் திறக்கவும் அல்லது நிறுவவும்.',
  'hint.totpStepScan': 'ஆப்ஸ் மூலம் QR குறியீட்டை ஸ்கேன் செய்யவும் அல்லது அமைவு விசையை நகலெடுத்து அதில் ஒட்டவும்.',
  'hint.totpStepCode': 'ஆப்ஸ் காட்டும் 6 இலக்கக் குறியீட்டை உள்ளிடவும்.',
};
