import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'தொடர்க',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'மின்னஞ்சல் சரிபார்ப்பை அமைக்கவும்',
  'hint.emailSetup': 'உள்நுழைவுக் குறியீடுகளை நாங்கள் அனுப்ப வேண்டிய மின்னஞ்சல் முகவரியை உள்ளிடவும்.',
};
