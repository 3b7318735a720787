import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'ਜਾਰੀ ਰੱਖੋ',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'ਈਮੇਲ ਰਾਹੀਂ ਪੁਸ਼ਟੀਕਰਨ ਸੈੱਟਅੱਪ ਕਰੋ',
  'hint.emailSetup': 'ਉਹ ਈਮੇਲ ਪਤਾ ਦਾਖਲ ਕਰੋ ਜਿਸ ’ਤੇ ਅਸੀਂ ਤੁਹਾਡੇ ਸਾਈਨ-ਇਨ ਕੋਡ ਭੇਜੀਏ।',
};
