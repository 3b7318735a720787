import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Uthibitishaji wa hatua mbili',
  'account.mfa.off': 'Uthibitishaji wa hatua mbili umezimwa: unapoingia katika akaunti, unaombwa nenosiri lako tu.',
  'account.mfa.hint':
    'Unapoingia katika akaunti, unaombwa nenosiri lako, kisha msimbo kutoka kwa njia inayotumiwa kwanza.',
  'account.mfa.retry': 'Jaribu tena',
  'account.mfa.on': 'Imewashwa',
  'account.mfa.preferred': 'Imewashwa, inatumiwa kwanza',
  'account.mfa.turnOn': 'Washa',
  'account.mfa.turnOff': 'Zima',
  'account.mfa.prefer': 'Tumia kwanza',
  'account.mfa.cancel': 'Ghairi',
  'account.mfa.totpOn': 'Programu yako ya uthibitishaji imewashwa. Wakati ujao unapoingia, weka msimbo inaoonyesha.',
  'account.mfa.saved': 'Mabadiliko yako yamehifadhiwa.',
  'error.mfaLastRequired':
    'Akaunti hii lazima iendelee kuwa na uthibitishaji wa hatua mbili. Washa njia nyingine kabla ya kuzima hii.',
};
