import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Napravite nalog',
  'hint.phoneNumber': 'Počnite znakom + i pozivnim brojem zemlje, na primer +381601234567.',
  'hint.signUpNoPassword': 'Lozinka nije potrebna: prijavljivaćete se kôdom koji vam pošaljemo.',
  'action.haveAccount': 'Već imate nalog? Prijavite se',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Proverite imejl',
  'hint.signUpLink':
    'Poslali smo link na {destination}. Otvorite ga da biste potvrdili nalog, a ova stranica će sama nastaviti.',
  'hint.signUpLinkNoDestination':
    'Poslali smo vam link. Otvorite ga da biste potvrdili nalog, a ova stranica će sama nastaviti.',
  'action.resendLink': 'Pošalji novi link',
};
