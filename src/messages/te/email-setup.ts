import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'కొనసాగించండి',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'ఈమెయిల్ వెరిఫికేషన్‌ను సెటప్ చేయండి',
  'hint.emailSetup': 'మీ సైన్-ఇన్ కోడ్‌లను మేము ఏ ఈమెయిల్ అడ్రస్‌కు పంపాలో దాన్ని ఎంటర్ చేయండి.',
};
