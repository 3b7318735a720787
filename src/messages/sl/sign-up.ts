import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Ustvarite račun',
  'hint.phoneNumber': 'Začnite z znakom + in kodo države, na primer +38641123456.',
  'hint.signUpNoPassword': 'Geslo ni potrebno: prijavljali se boste s kodo, ki vam jo pošljemo.',
  'action.haveAccount': 'Že imate račun? Prijavite se',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Preverite e-pošto',
  'hint.signUpLink':
    'Povezavo smo poslali na {destination}. Odprite jo, da potrdite račun, in ta stran bo nadaljevala sama.',
  'hint.signUpLinkNoDestination':
    'Poslali smo vam povezavo. Odprite jo, da potrdite račun, in ta stran bo nadaljevala sama.',
  'action.resendLink': 'Pošlji novo povezavo',
};
