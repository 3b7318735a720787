import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'ਦੋ-ਪੜਾਵੀ ਪੁਸ਼ਟੀਕਰਨ',
  'account.mfa.off': 'ਦੋ-ਪੜਾਵੀ ਪੁਸ਼ਟੀਕਰਨ ਬੰਦ ਹੈ: ਸਾਈਨ ਇਨ ਕਰਨ ਵੇਲੇ ਸਿਰਫ਼ ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਪੁੱਛਿਆ ਜਾਂਦਾ ਹੈ।',
  'account.mfa.hint': 'ਸਾਈਨ ਇਨ ਕਰਨ ਵੇਲੇ ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਅਤੇ ਫਿਰ ਪਹਿਲਾਂ ਵਰਤੇ ਜਾਂਦੇ ਤਰੀਕੇ ਦਾ ਕੋਡ ਪੁੱਛਿਆ ਜਾਂਦਾ ਹੈ।',
  'account.mfa.retry': 'ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ',
  'account.mfa.on': 'ਚਾਲੂ',
  'account.mfa.preferred': 'ਚਾਲੂ, ਪਹਿਲਾਂ ਵਰਤਿਆ ਜਾਂਦਾ ਹੈ',
  'account.mfa.turnOn': 'ਚਾਲੂ ਕਰੋ',
  'account.mfa.turnOff': 'ਬੰਦ ਕਰੋ',
  'account.mfa.prefer': 'ਪਹਿਲਾਂ ਵਰਤੋ',
  'account.mfa.cancel': 'ਰੱਦ ਕਰੋ',
  'account.mfa.totpOn': 'ਤੁਹਾਡੀ ਪ੍ਰਮਾਣਕ ਐਪ ਚਾਲੂ ਹੈ। ਅਗਲੀ ਵਾਰ ਸਾਈਨ ਇਨ ਕਰਨ ਵੇਲੇ ਇਸ ਵੱਲੋਂ ਦਿਖਾਇਆ ਕੋਡ ਦਾਖਲ ਕਰੋ।',
  'account.mfa.saved': 'ਤੁਹਾਡੀ ਤਬਦੀਲੀ ਰੱਖਿਅਤ ਹੋ ਗਈ।',
  'error.mfaLastRequired': 'ਇਸ ਖਾਤੇ ਵਿੱਚ ਦੋ-ਪੜਾਵੀ ਪੁਸ਼ਟੀਕਰਨ ਰੱਖਣਾ ਲਾਜ਼ਮੀ ਹੈ। ਇਸ ਨੂੰ ਬੰਦ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਕੋਈ ਹੋਰ ਤਰੀਕਾ ਚਾਲੂ ਕਰੋ।',
};
