import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'ਆਪਣਾ ਖਾਤਾ ਬਣਾਓ',
  'hint.phoneNumber': '+ ਅਤੇ ਆਪਣੇ ਦੇਸ਼ ਦੇ ਕੋਡ ਨਾਲ ਸ਼ੁਰੂ ਕਰੋ, ਜਿਵੇਂ +919876543210।',
  'hint.signUpNoPassword': 'ਪਾਸਵਰਡ ਦੀ ਲੋੜ ਨਹੀਂ: ਤੁਸੀਂ ਸਾਡੇ ਵੱਲੋਂ ਭੇਜੇ ਕੋਡ ਨਾਲ ਸਾਈਨ-ਇਨ ਕਰੋਗੇ।',
  'action.haveAccount': 'ਕੀ ਪਹਿਲਾਂ ਤੋਂ ਖਾਤਾ ਹੈ? ਸਾਈਨ-ਇਨ ਕਰੋ',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'ਆਪਣੀ ਈਮੇਲ ਦੇਖੋ',
  'hint.signUpLink': 'ਅਸੀਂ {destination} ’ਤੇ ਇੱਕ ਲਿੰਕ ਭੇਜਿਆ ਹੈ। ਆਪਣੇ ਖਾਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ ਇਸਨੂੰ ਖੋਲ੍ਹੋ, ਇਹ ਪੰਨਾ ਆਪਣੇ-ਆਪ ਅੱਗੇ ਵਧੇਗਾ।',
  'hint.signUpLinkNoDestination': 'ਅਸੀਂ ਤੁਹਾਨੂੰ ਇੱਕ ਲਿੰਕ ਭੇਜਿਆ ਹੈ। ਆਪਣੇ ਖਾਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ ਇਸਨੂੰ ਖੋਲ੍ਹੋ, ਇਹ ਪੰਨਾ ਆਪਣੇ-ਆਪ ਅੱਗੇ ਵਧੇਗਾ।',
  'action.resendLink': 'ਨਵਾਂ ਲਿੰਕ ਭੇਜੋ',
};
