import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Fungua akaunti yako',
  'hint.phoneNumber': 'Anza na + na msimbo wa nchi yako, kwa mfano +255712345678.',
  'hint.signUpNoPassword': 'Huhitaji nenosiri: utaingia kwa msimbo tutakaokutumia.',
  'action.haveAccount': 'Una akaunti tayari? Ingia',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Angalia barua pepe yako',
  'hint.signUpLink':
    'Tumetuma kiungo kwa {destination}. Kifungue ili uthibitishe akaunti yako, na ukurasa huu utaendelea wenyewe.',
  'hint.signUpLinkNoDestination':
    'Tumekutumia kiungo. Kifungue ili uthibitishe akaunti yako, na ukurasa huu utaendelea wenyewe.',
  'action.resendLink': 'Tuma kiungo kipya',
};
