import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'ચાલુ રાખો',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'ઇમેઇલ દ્વારા ચકાસણી સેટ કરો',
  'hint.emailSetup': 'જે ઇમેઇલ સરનામે અમે તમારા સાઇન-ઇન કોડ મોકલીએ તે દાખલ કરો.',
};
