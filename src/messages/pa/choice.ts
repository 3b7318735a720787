import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'ਤੁਸੀਂ ਕਿਵੇਂ ਸਾਈਨ-ਇਨ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਆਪਣੀ ਪਛਾਣ ਦੀ ਪੁਸ਼ਟੀ ਕਿਵੇਂ ਕਰੋਗੇ',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '2-ਪੜਾਵੀ ਪੁਸ਼ਟੀਕਰਨ ਸੈੱਟਅੱਪ ਕਰੋ',
  'choice.SMS': 'ਲਿਖਤ ਸੁਨੇਹਾ (SMS)',
  'choice.TOTP': 'ਪ੍ਰਮਾਣਕ ਐਪ',
  'choice.EMAIL': 'ਈਮੇਲ',
  'choice.PASSWORD': 'ਪਾਸਵਰਡ',
  'choice.PASSWORD_SRP': 'ਪਾਸਵਰਡ',
  'choice.EMAIL_OTP': 'ਮੈਨੂੰ ਈਮੇਲ ’ਤੇ ਕੋਡ ਭੇਜੋ',
  'choice.SMS_OTP': 'ਮੈਨੂੰ SMS ’ਤੇ ਕੋਡ ਭੇਜੋ',
  'choice.WEB_AUTHN': 'ਪਾਸਕੀ',
};
