import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'ਨਵਾਂ ਪਾਸਵਰਡ ਚੁਣੋ',
  'hint.newPassword': 'ਜਾਰੀ ਰੱਖਣ ਤੋਂ ਪਹਿਲਾਂ ਤੁਹਾਨੂੰ ਆਪਣਾ ਆਰਜ਼ੀ ਪਾਸਵਰਡ ਬਦਲਣਾ ਪਵੇਗਾ।',
  'hint.missingAttributes': 'ਸਾਨੂੰ ਕੁਝ ਹੋਰ ਵੇਰਵਿਆਂ ਦੀ ਵੀ ਲੋੜ ਹੈ।',
};
