import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'ਇਸ ਡੀਵਾਈਸ ਨੂੰ ਯਾਦ ਰੱਖੋ',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'ਸਾਡੇ ਵੱਲੋਂ SMS ਰਾਹੀਂ ਭੇਜਿਆ ਕੋਡ ਦਾਖਲ ਕਰੋ',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'ਸਾਡੇ ਵੱਲੋਂ ਈਮੇਲ ਰਾਹੀਂ ਭੇਜਿਆ ਕੋਡ ਦਾਖਲ ਕਰੋ',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'ਆਪਣੀ ਪ੍ਰਮਾਣਕ ਐਪ ਤੋਂ ਕੋਡ ਦਾਖਲ ਕਰੋ',
  'step.CONFIRM_SIGN_UP.title': 'ਆਪਣੇ ਖਾਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ',
  'hint.codeSent': 'ਅਸੀਂ {destination} ’ਤੇ ਇੱਕ ਕੋਡ ਭੇਜਿਆ ਹੈ।',
  'hint.codeSentBy.SMS': 'ਅਸੀਂ {destination} ’ਤੇ SMS ਰਾਹੀਂ ਇੱਕ ਕੋਡ ਭੇਜਿਆ ਹੈ।',
  'hint.codeSentBy.EMAIL': 'ਅਸੀਂ {destination} ’ਤੇ ਈਮੇਲ ਰਾਹੀਂ ਇੱਕ ਕੋਡ ਭੇਜਿਆ ਹੈ।',
  'hint.totpCode': 'ਆਪਣੀ ਪ੍ਰਮਾਣਕ ਐਪ ਖੋਲ੍ਹੋ ਅਤੇ ਇਸ ਖਾਤੇ ਲਈ 6-ਅੰਕਾਂ ਵਾਲਾ ਕੋਡ ਦਾਖਲ ਕਰੋ।',
  'hint.confirmSignUp': 'ਆਪਣੇ ਖਾਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ, ਅਸੀਂ {destination} ’ਤੇ ਜੋ ਕੋਡ ਭੇਜਿਆ ਹੈ ਉਹ ਦਾਖਲ ਕਰੋ।',
  'hint.confirmSignUpNoDestination': 'ਆਪਣੇ ਖਾਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ, ਅਸੀਂ ਤੁਹਾਨੂੰ ਜੋ ਕੋਡ ਭੇਜਿਆ ਹੈ ਉਹ ਦਾਖਲ ਕਰੋ।',
};
