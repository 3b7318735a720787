import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'ਕੋਡ ਭੇਜੋ',
  'step.RESET_PASSWORD.title': 'ਆਪਣਾ ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰੋ',
  'step.CONFIRM_RESET_PASSWORD.title': 'ਨਵਾਂ ਪਾਸਵਰਡ ਚੁਣੋ',
  'hint.resetPassword': 'ਇਸ ਖਾਤੇ ਦਾ ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰਨ ਲਈ ਅਸੀਂ ਇੱਕ ਕੋਡ ਭੇਜਾਂਗੇ।',
  'hint.confirmResetPassword': 'ਅਸੀਂ {destination} ’ਤੇ ਜੋ ਕੋਡ ਭੇਜਿਆ ਹੈ ਉਹ ਦਾਖਲ ਕਰੋ ਅਤੇ ਨਵਾਂ ਪਾਸਵਰਡ ਚੁਣੋ।',
  'hint.confirmResetPasswordNoDestination': 'ਅਸੀਂ ਤੁਹਾਨੂੰ ਜੋ ਕੋਡ ਭੇਜਿਆ ਹੈ ਉਹ ਦਾਖਲ ਕਰੋ ਅਤੇ ਨਵਾਂ ਪਾਸਵਰਡ ਚੁਣੋ।',
};
