import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'பயனர்பெயர்',
  'field.password': 'கடவுச்சொல்',
  'field.code': 'குறியீடு',
  'action.signIn': 'உள்நுழை',
  'action.confirm': 'உறுதிப்படுத்து',
  'action.resendCode': 'புதிய குறியீட்டை அனுப்பு',
  'action.backToSignIn': 'உள்நுழைவுக்குத் திரும்பு',
  'action.changePassword': 'கடவுச்சொல்லை மாற்று',
  'action.working': 'காத்திருக்கவும்…',
  'action.showPassword': 'கடவுச்சொல்லைக் காட்டு',
  'action.resendCodeIn.one': '{count} வினாடியில் புதிய குறியீட்டை அனுப்பு',
  'action.resendCodeIn.other': '{count} வினாடிகளில் புதிய குறியீட்டை அனுப்பு',
  'hint.codeResentNoDestination': 'புதிய குறியீடு அனுப்பப்படுகிறது.',
  'hint.resetRequired': 'உள்நுழைவதற்கு முன் உங்கள் கடவுச்சொல்லை மீட்டமைக்க வேண்டும்.',
  'error.prefix': 'பிழை:',
  'error.network': 'உள்நுழைவுச் சேவையை அணுக முடியவில்லை. இணைய இணைப்பைச் சரிபார்த்து மீண்டும் முயலவும்.',
  'field.email': 'மின்னஞ்சல்',
  'field.phone': 'ஃபோன் எண்',
  'field.emailOrPhone': 'மின்னஞ்சல் அல்லது ஃபோன் எண்',
  'action.createAccount': 'கணக்கை உருவாக்கு',
  'hint.codeLength.one': 'குறியீட்டில் {count} இலக்கம் உள்ளது.',
  'hint.codeLength.other': 'குறியீட்டில் {count} இலக்கங்கள் உள்ளன.',
};
