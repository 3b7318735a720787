import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'కోడ్‌ను పంపండి',
  'step.RESET_PASSWORD.title': 'మీ పాస్‌వర్డ్‌ను రీసెట్ చేయండి',
  'step.CONFIRM_RESET_PASSWORD.title': 'కొత్త పాస్‌వర్డ్‌ను ఎంచుకోండి',
  'hint.resetPassword': 'ఈ ఖాతా పాస్‌వర్డ్‌ను రీసెట్ చేయడానికి మేము కోడ్‌ను పంపుతాము.',
  'hint.confirmResetPassword': 'మేము {destination}కు పంపిన కోడ్‌ను ఎంటర్ చేసి, కొత్త పాస్‌వర్డ్‌ను ఎంచుకోండి.',
  'hint.confirmResetPasswordNoDestination': 'మేము మీకు పంపిన కోడ్‌ను ఎంటర్ చేసి, కొత్త పాస్‌వర్డ్‌ను ఎంచుకోండి.',
};
