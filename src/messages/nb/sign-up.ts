import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Opprett kontoen din',
  'hint.phoneNumber': 'Start med + og landskoden, for eksempel +14255550100.',
  'hint.signUpNoPassword': 'Du trenger ikke passord: Du logger på med en kode vi sender deg.',
  'action.haveAccount': 'Har du allerede en konto? Logg på',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Sjekk e-posten din',
  'hint.signUpLink':
    'Vi har sendt en lenke til {destination}. Åpne den for å bekrefte kontoen din, så fortsetter denne siden av seg selv.',
  'hint.signUpLinkNoDestination':
    'Vi har sendt deg en lenke. Åpne den for å bekrefte kontoen din, så fortsetter denne siden av seg selv.',
  'action.resendLink': 'Send en ny lenke',
};
