import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'இந்தச் சாதனத்தை நினைவில்கொள்',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'நாங்கள் SMS மூலம் அனுப்பிய குறியீட்டை உள்ளிடவும்',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'நாங்கள் மின்னஞ்சலில் அனுப்பிய குறியீட்டை உள்ளிடவும்',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'அங்கீகரிப்பு ஆப்ஸில் உள்ள குறியீட்டை உள்ளிடவும்',
  'step.CONFIRM_SIGN_UP.title': 'உங்கள் கணக்கை உறுதிப்படுத்தவும்',
  'hint.codeSent': '{destination} என்பதற்குக் குறியீட்டை அனுப்பியுள்ளோம்.',
  'hint.codeSentBy.SMS': '{destination} என்ற எண்ணுக்கு SMS மூலம் குறியீட்டை அனுப்பியுள்ளோம்.',
  'hint.codeSentBy.EMAIL': '{destination} என்ற முகவரிக்கு மின்னஞ்சலில் குறியீட்டை அனுப்பியுள்ளோம்.',
  'hint.totpCode': 'அங்கீகரிப்பு ஆப்ஸைத் திறந்து, இந்தக் கணக்கிற்கான 6 இலக்கக் குறியீட்டை உள்ளிடவும்.',
  'hint.confirmSignUp': 'உங்கள் கணக்கை உறுதிப்படுத்த, {destination} என்பதற்கு நாங்கள் அனுப்பிய குறியீட்டை உள்ளிடவும்.',
  'hint.confirmSignUpNoDestination': 'உங்கள் கணக்கை உறுதிப்படுத்த, நாங்கள் அனுப்பிய குறியீட்டை உள்ளிடவும்.',
};
