import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'కొత్త పాస్‌వర్డ్',
  'field.confirmPassword': 'కొత్త పాస్‌వర్డ్‌ను నిర్ధారించండి',
  'password.rules': 'మీ పాస్‌వర్డ్‌లో ఇవి ఉండాలి:',
  'password.rule.minLength.one': 'కనీసం {count} అక్షరం',
  'password.rule.minLength.other': 'కనీసం {count} అక్షరాలు',
  'password.rule.lowercase': 'ఒక చిన్న అక్షరం (a–z)',
  'password.rule.uppercase': 'ఒక పెద్ద అక్షరం (A–Z)',
  'password.rule.number': 'ఒక అంకె (0–9)',
  'password.rule.symbol': 'ఒక గుర్తు, ఉదాహరణకు ! లేదా ?',
  'password.ruleMet': '{rule} (పూర్తయింది)',
  'password.ruleUnmet': '{rule} (ఇంకా లేదు)',
  'action.showNewPassword': 'కొత్త పాస్‌వర్డ్‌ను చూపించండి',
  'action.showConfirmation': 'నిర్ధారణ పాస్‌వర్డ్‌ను చూపించండి',
};
