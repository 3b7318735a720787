import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'உங்கள் கணக்கை உருவாக்கவும்',
  'hint.phoneNumber': '+ மற்றும் நாட்டுக் குறியீட்டுடன் தொடங்கவும், எ.கா. +919876543210.',
  'hint.signUpNoPassword': 'கடவுச்சொல் தேவையில்லை: நாங்கள் அனுப்பும் குறியீட்டைக் கொண்டு உள்நுழைவீர்கள்.',
  'action.haveAccount': 'ஏற்கெனவே கணக்கு உள்ளதா? உள்நுழை',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'உங்கள் மின்னஞ்சலைப் பார்க்கவும்',
  'hint.signUpLink':
    '{destination} என்பதற்கு இணைப்பை அனுப்பியுள்ளோம். உங்கள் கணக்கை உறுதிப்படுத்த அதைத் திறக்கவும், இந்தப் பக்கம் தானாகவே தொடரும்.',
  'hint.signUpLinkNoDestination':
    'உங்களுக்கு இணைப்பை அனுப்பியுள்ளோம். உங்கள் கணக்கை உறுதிப்படுத்த அதைத் திறக்கவும், இந்தப் பக்கம் தானாகவே தொடரும்.',
  'action.resendLink': 'புதிய இணைப்பை அனுப்பு',
};
