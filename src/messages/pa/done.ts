import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'ਸਾਈਨ-ਆਊਟ ਕਰੋ',
  'step.DONE.title': 'ਤੁਸੀਂ ਸਾਈਨ-ਇਨ ਕਰ ਲਿਆ ਹੈ',
  'hint.signedInAs': '{username} ਵਜੋਂ ਸਾਈਨ-ਇਨ ਕੀਤਾ',
};
