import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'குறியீட்டை அனுப்பு',
  'step.RESET_PASSWORD.title': 'கடவுச்சொல்லை மீட்டமைக்கவும்',
  'step.CONFIRM_RESET_PASSWORD.title': 'புதிய கடவுச்சொல்லைத் தேர்ந்தெடுக்கவும்',
  'hint.resetPassword': 'இந்தக் கணக்கின் கடவுச்சொல்லை மீட்டமைக்க ஒரு குறியீட்டை அனுப்புவோம்.',
  'hint.confirmResetPassword': '{destination} என்பதற்கு நாங்கள் அனுப்பிய குறியீட்டை உள்ளிட்டு, புதிய கடவுச்சொல்லைத் தேர்ந்தெடுக்கவும்.',
  'hint.confirmResetPasswordNoDestination': 'நாங்கள் அனுப்பிய குறியீட்டை உள்ளிட்டு, புதிய கடவுச்சொல்லைத் தேர்ந்தெடுக்கவும்.',
};
