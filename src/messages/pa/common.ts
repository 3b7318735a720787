import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'ਵਰਤੋਂਕਾਰ ਨਾਮ',
  'field.password': 'ਪਾਸਵਰਡ',
  'field.code': 'ਕੋਡ',
  'action.signIn': 'ਸਾਈਨ-ਇਨ ਕਰੋ',
  'action.confirm': 'ਪੁਸ਼ਟੀ ਕਰੋ',
  'action.resendCode': 'ਨਵਾਂ ਕੋਡ ਭੇਜੋ',
  'action.backToSignIn': 'ਸਾਈਨ-ਇਨ ’ਤੇ ਵਾਪਸ ਜਾਓ',
  'action.changePassword': 'ਪਾਸਵਰਡ ਬਦਲੋ',
  'action.working': 'ਕਿਰਪਾ ਕਰਕੇ ਉਡੀਕ ਕਰੋ…',
  'action.showPassword': 'ਪਾਸਵਰਡ ਦਿਖਾਓ',
  'action.resendCodeIn.one': '{count} ਸਕਿੰਟ ਵਿੱਚ ਨਵਾਂ ਕੋਡ ਭੇਜੋ',
  'action.resendCodeIn.other': '{count} ਸਕਿੰਟਾਂ ਵਿੱਚ ਨਵਾਂ ਕੋਡ ਭੇਜੋ',
  'hint.codeResentNoDestination': 'ਨਵਾਂ ਕੋਡ ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ।',
  'hint.resetRequired': 'ਸਾਈਨ-ਇਨ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਤੁਹਾਨੂੰ ਆਪਣਾ ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰਨਾ ਪਵੇਗਾ।',
  'error.prefix': 'ਗੜਬੜ:',
  'error.network': 'ਅਸੀਂ ਸਾਈਨ-ਇਨ ਸੇਵਾ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕੇ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'field.email': 'ਈਮੇਲ',
  'field.phone': 'ਫ਼ੋਨ ਨੰਬਰ',
  'field.emailOrPhone': 'ਈਮੇਲ ਜਾਂ ਫ਼ੋਨ ਨੰਬਰ',
  'action.createAccount': 'ਖਾਤਾ ਬਣਾਓ',
  'hint.codeLength.one': 'ਕੋਡ {count} ਅੰਕ ਦਾ ਹੈ।',
  'hint.codeLength.other': 'ਕੋਡ {count} ਅੰਕਾਂ ਦਾ ਹੈ।',
};
