import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Opret din konto',
  'hint.phoneNumber': 'Start med + og landekoden, f.eks. +14255550100.',
  'hint.signUpNoPassword': 'Du behøver ingen adgangskode: Du logger ind med en kode, vi sender dig.',
  'action.haveAccount': 'Har du allerede en konto? Log ind',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Tjek din e-mail',
  'hint.signUpLink':
    'Vi har sendt et link til {destination}. Åbn det for at bekræfte din konto, så fortsætter denne side af sig selv.',
  'hint.signUpLinkNoDestination':
    'Vi har sendt dig et link. Åbn det for at bekræfte din konto, så fortsætter denne side af sig selv.',
  'action.resendLink': 'Send et nyt link',
};
