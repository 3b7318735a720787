import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'പ്രൊഫൈൽ',
  'account.profile.submit': 'സംരക്ഷിക്കുക',
  'account.profile.saved': 'നിങ്ങളുടെ പ്രൊഫൈൽ സംരക്ഷിച്ചു.',
  'account.profile.pending': 'കോഡ് നൽകുന്നതുവരെ നിങ്ങൾ {old} ഉപയോഗിച്ചുതന്നെ സൈൻ ഇൻ ചെയ്യും.',
  'account.profile.confirmed': 'സ്ഥിരീകരിച്ചു. ഇനി നിങ്ങൾ {value} ഉപയോഗിച്ച് സൈൻ ഇൻ ചെയ്യും.',
  'account.profile.cancel': 'റദ്ദാക്കുക',
};
