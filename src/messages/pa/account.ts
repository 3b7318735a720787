import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'ਤੁਸੀਂ ਸਾਈਨ-ਇਨ ਨਹੀਂ ਕੀਤਾ। ਆਪਣਾ ਖਾਤਾ ਪ੍ਰਬੰਧਿਤ ਕਰਨ ਲਈ ਸਾਈਨ-ਇਨ ਕਰੋ।',
  'account.password.title': 'ਆਪਣਾ ਪਾਸਵਰਡ ਬਦਲੋ',
  'account.field.currentPassword': 'ਮੌਜੂਦਾ ਪਾਸਵਰਡ',
  'account.password.submit': 'ਪਾਸਵਰਡ ਬਦਲੋ',
  'account.password.changed': 'ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਬਦਲ ਦਿੱਤਾ ਗਿਆ ਹੈ।',
  'account.error.currentPassword': 'ਇਹ ਤੁਹਾਡਾ ਮੌਜੂਦਾ ਪਾਸਵਰਡ ਨਹੀਂ ਹੈ।',
  'account.sessions.title': 'ਹਰ ਥਾਂ ਤੋਂ ਸਾਈਨ-ਆਊਟ ਕਰੋ',
  'account.sessions.hint': 'ਇਸ ਨਾਲ ਤੁਸੀਂ ਉਹਨਾਂ ਸਾਰੇ ਡੀਵਾਈਸਾਂ ਅਤੇ ਬ੍ਰਾਊਜ਼ਰਾਂ ਤੋਂ ਸਾਈਨ-ਆਊਟ ਹੋ ਜਾਓਗੇ ਜਿੱਥੇ ਤੁਸੀਂ ਸਾਈਨ-ਇਨ ਹੋ, ਇਸ ਡਿਵਾਈਸ ਸਮੇਤ।',
  'account.sessions.submit': 'ਸਾਰੇ ਡੀਵਾਈਸਾਂ ਤੋਂ ਸਾਈਨ-ਆਊਟ ਕਰੋ',
  'account.delete.title': 'ਆਪਣਾ ਖਾਤਾ ਮਿਟਾਓ',
  'account.delete.hint': 'ਇਸ ਨਾਲ ਤੁਹਾਡਾ ਖਾਤਾ ਅਤੇ ਉਸ ਵਿੱਚ ਸੰਭਾਲਿਆ ਸਭ ਕੁਝ ਮਿਟ ਜਾਵੇਗਾ। ਇਸਨੂੰ ਵਾਪਸ ਨਹੀਂ ਲਿਆ ਜਾ ਸਕਦਾ।',
  'account.delete.word': 'ਮਿਟਾਓ',
  'account.delete.field': 'ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ “{word}” ਲਿਖੋ',
  'account.delete.submit': 'ਖਾਤਾ ਮਿਟਾਓ',
  'account.delete.mismatch': 'ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ “{word}” ਲਿਖੋ।',
  'account.delete.done': 'ਤੁਹਾਡਾ ਖਾਤਾ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ।',
};
