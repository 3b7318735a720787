import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Skapa ditt konto',
  'hint.phoneNumber': 'Börja med + och landsnumret, till exempel +14255550100.',
  'hint.signUpNoPassword': 'Inget lösenord behövs: du loggar in med en kod som vi skickar till dig.',
  'action.haveAccount': 'Har du redan ett konto? Logga in',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Kolla din e-post',
  'hint.signUpLink':
    'Vi har skickat en länk till {destination}. Öppna den för att bekräfta ditt konto, så fortsätter den här sidan av sig själv.',
  'hint.signUpLinkNoDestination':
    'Vi har skickat en länk till dig. Öppna den för att bekräfta ditt konto, så fortsätter den här sidan av sig själv.',
  'action.resendLink': 'Skicka en ny länk',
};
