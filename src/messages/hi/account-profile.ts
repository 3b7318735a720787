import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'प्रोफ़ाइल',
  'account.profile.submit': 'सहेजें',
  'account.profile.saved': 'आपकी प्रोफ़ाइल सहेज ली गई है।',
  'account.profile.pending': 'जब तक आप कोड नहीं डालते, आप {old} से ही साइन इन करेंगे।',
  'account.profile.confirmed': 'पुष्टि हो गई। अब आप {value} से साइन इन करते हैं।',
  'account.profile.cancel': 'रद्द करें',
};
