import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'ਪ੍ਰੋਫ਼ਾਈਲ',
  'account.profile.submit': 'ਸੰਭਾਲੋ',
  'account.profile.saved': 'ਤੁਹਾਡੀ ਪ੍ਰੋਫ਼ਾਈਲ ਸੰਭਾਲ ਲਈ ਗਈ ਹੈ।',
  'account.profile.pending': 'ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਕੋਡ ਨਹੀਂ ਪਾਉਂਦੇ, ਤੁਸੀਂ {old} ਨਾਲ ਹੀ ਸਾਈਨ ਇਨ ਕਰੋਗੇ।',
  'account.profile.confirmed': 'ਪੁਸ਼ਟੀ ਹੋ ਗਈ। ਹੁਣ ਤੁਸੀਂ {value} ਨਾਲ ਸਾਈਨ ਇਨ ਕਰਦੇ ਹੋ।',
  'account.profile.cancel': 'ਰੱਦ ਕਰੋ',
};
