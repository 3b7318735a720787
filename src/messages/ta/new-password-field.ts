import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'புதிய கடவுச்சொல்',
  'field.confirmPassword': 'புதிய கடவுச்சொல்லை உறுதிப்படுத்தவும்',
  'password.rules': 'உங்கள் கடவுச்சொல்லில் இவை இருக்க வேண்டும்:',
  'password.rule.minLength.one': 'குறைந்தது {count} எழுத்து',
  'password.rule.minLength.other': 'குறைந்தது {count} எழுத்துகள்',
  'password.rule.lowercase': 'ஒரு சிறிய எழுத்து (a–z)',
  'password.rule.uppercase': 'ஒரு பெரிய எழுத்து (A–Z)',
  'password.rule.number': 'ஒரு எண் (0–9)',
  'password.rule.symbol': 'ஒரு குறியீட்டுச் சின்னம், எ.கா. ! அல்லது ?',
  'password.ruleMet': '{rule} (முடிந்தது)',
  'password.ruleUnmet': '{rule} (இன்னும் இல்லை)',
  'action.showNewPassword': 'புதிய கடவுச்சொல்லைக் காட்டு',
  'action.showConfirmation': 'உறுதிப்படுத்திய கடவுச்சொல்லைக் காட்டு',
};
