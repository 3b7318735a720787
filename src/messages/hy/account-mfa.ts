import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Երկքայլ հաստատում',
  'account.mfa.off': 'Երկքայլ հաստատումն անջատված է․ մուտք գործելիս պահանջվում է միայն ձեր գաղտնաբառը։',
  'account.mfa.hint': 'Մուտք գործելիս պահանջվում է ձեր գաղտնաբառը, ապա՝ հիմնական եղանակից ստացված կոդ։',
  'account.mfa.retry': 'Կրկին փորձել',
  'account.mfa.on': 'Միացված է',
  'account.mfa.preferred': 'Միացված է, հիմնական եղանակ',
  'account.mfa.turnOn': 'Միացնել',
  'account.mfa.turnOff': 'Անջատել',
  'account.mfa.prefer': 'Դարձնել հիմնական',
  'account.mfa.cancel': 'Չեղարկել',
  'account.mfa.totpOn':
    'Նույնականացման հավելվածը միացված է։ Հաջորդ մուտքի ժամանակ մուտքագրեք այն կոդը, որը ցույց է տալիս հավելվածը։',
  'account.mfa.saved': 'Փոփոխությունը պահվեց։',
  'error.mfaLastRequired':
    'Այս հաշվում երկքայլ հաստատումը պարտադիր է։ Այս եղանակն անջատելուց առաջ միացրեք մեկ այլ եղանակ։',
};
