import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Hujaingia. Ingia ili udhibiti akaunti yako.',
  'account.password.title': 'Badilisha nenosiri lako',
  'account.field.currentPassword': 'Nenosiri la sasa',
  'account.password.submit': 'Badilisha nenosiri',
  'account.password.changed': 'Nenosiri lako limebadilishwa.',
  'account.error.currentPassword': 'Hilo si nenosiri lako la sasa.',
  'account.sessions.title': 'Ondoka kila mahali',
  'account.sessions.hint': 'Hii itakuondoa kwenye kila kifaa na kivinjari ulichoingia, pamoja na hiki.',
  'account.sessions.submit': 'Ondoka kwenye vifaa vyote',
  'account.delete.title': 'Futa akaunti yako',
  'account.delete.hint':
    'Hatua hii itafuta akaunti yako na kila kitu kilichohifadhiwa ndani yake. Haiwezi kutenduliwa.',
  'account.delete.word': 'futa',
  'account.delete.field': 'Ili kuthibitisha, andika “{word}”',
  'account.delete.submit': 'Futa akaunti',
  'account.delete.mismatch': 'Andika “{word}” ili kuthibitisha.',
  'account.delete.done': 'Akaunti yako imefutwa.',
};
