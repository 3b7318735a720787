import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Օգտանուն',
  'field.password': 'Գաղտնաբառ',
  'field.code': 'Կոդ',
  'action.signIn': 'Մուտք գործել',
  'action.confirm': 'Հաստատել',
  'action.resendCode': 'Ուղարկել նոր կոդ',
  'action.backToSignIn': 'Վերադառնալ մուտքի էջ',
  'action.changePassword': 'Փոխել գաղտնաբառը',
  'action.working': 'Սպասեք…',
  'action.showPassword': 'Ցույց տալ գաղտնաբառը',
  'action.resendCodeIn.one': 'Նոր կոդ կարող եք ստանալ {count} վայրկյանից',
  'action.resendCodeIn.other': 'Նոր կոդ կարող եք ստանալ {count} վայրկյանից',
  'hint.codeResentNoDestination': 'Նոր կոդն արդեն ճանապարհին է։',
  'hint.resetRequired': 'Մուտք գործելուց առաջ պետք է վերակայեք գաղտնաբառը։',
  'error.prefix': 'Սխալ․',
  'error.network': 'Չհաջողվեց կապվել մուտքի ծառայության հետ։ Ստուգեք կապը և նորից փորձեք։',
  'field.email': 'Էլ. փոստ',
  'field.phone': 'Հեռախոսահամար',
  'field.emailOrPhone': 'Էլ. փոստ կամ հեռախոսահամար',
  'action.createAccount': 'Ստեղծել հաշիվ',
  'hint.codeLength.one': 'Կոդը բաղկացած է {count} թվանշանից։',
  'hint.codeLength.other': 'Կոդը բաղկացած է {count} թվանշանից։',
};
