import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'எப்படி உள்நுழைய விரும்புகிறீர்கள்?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'நீங்கள்தான் என்பதை எப்படிச் சரிபார்ப்பது எனத் தேர்ந்தெடுக்கவும்',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '2-படி சரிபார்ப்பை அமைக்கவும்',
  'choice.SMS': 'குறுஞ்செய்தி (SMS)',
  'choice.TOTP': 'அங்கீகரிப்பு ஆப்ஸ்',
  'choice.EMAIL': 'மின்னஞ்சல்',
  'choice.PASSWORD': 'கடவுச்சொல்',
  'choice.PASSWORD_SRP': 'கடவுச்சொல்',
  'choice.EMAIL_OTP': 'குறியீட்டை மின்னஞ்சலில் அனுப்பு',
  'choice.SMS_OTP': 'குறியீட்டை SMS மூலம் அனுப்பு',
  'choice.WEB_AUTHN': 'கடவுச்சாவி',
};
