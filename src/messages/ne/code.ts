import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'यो डिभाइस सम्झनुहोस्',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'हामीले SMS मार्फत पठाएको कोड हाल्नुहोस्',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'हामीले इमेलमा पठाएको कोड हाल्नुहोस्',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'प्रमाणक एपको कोड हाल्नुहोस्',
  'step.CONFIRM_SIGN_UP.title': 'आफ्नो खाता पुष्टि गर्नुहोस्',
  'hint.codeSent': 'हामीले {destination} मा कोड पठायौं।',
  'hint.codeSentBy.SMS': 'हामीले {destination} मा SMS मार्फत कोड पठायौं।',
  'hint.codeSentBy.EMAIL': 'हामीले {destination} मा इमेलमार्फत कोड पठायौं।',
  'hint.totpCode': 'आफ्नो प्रमाणक एप खोल्नुहोस् र यो खाताको ६ अङ्कको कोड हाल्नुहोस्।',
  'hint.confirmSignUp': 'खाता पुष्टि गर्न हामीले {destination} मा पठाएको कोड हाल्नुहोस्।',
  'hint.confirmSignUpNoDestination': 'खाता पुष्टि गर्न हामीले तपाईंलाई पठाएको कोड हाल्नुहोस्।',
};
