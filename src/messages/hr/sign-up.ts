import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Izradite račun',
  'hint.phoneNumber': 'Započnite znakom + i pozivnim brojem zemlje, primjerice +385911234567.',
  'hint.signUpNoPassword': 'Zaporka nije potrebna: prijavljivat ćete se kôdom koji vam pošaljemo.',
  'action.haveAccount': 'Već imate račun? Prijavite se',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Provjerite e-poštu',
  'hint.signUpLink':
    'Poslali smo poveznicu na {destination}. Otvorite je da biste potvrdili račun, a ova će stranica sama nastaviti.',
  'hint.signUpLinkNoDestination':
    'Poslali smo vam poveznicu. Otvorite je da biste potvrdili račun, a ova će stranica sama nastaviti.',
  'action.resendLink': 'Pošalji novu poveznicu',
};
