import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Hozza létre fiókját',
  'hint.phoneNumber': 'Kezdje + jellel és az országhívószámmal, például: +14255550100.',
  'hint.signUpNoPassword': 'Nincs szükség jelszóra: egy általunk küldött kóddal jelentkezik be.',
  'action.haveAccount': 'Már van fiókja? Jelentkezzen be',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Nézze meg az e-mailjeit',
  'hint.signUpLink':
    'Küldtünk egy linket ide: {destination}. Nyissa meg a fiókja megerősítéséhez, és ez az oldal magától továbblép.',
  'hint.signUpLinkNoDestination':
    'Küldtünk Önnek egy linket. Nyissa meg a fiókja megerősítéséhez, és ez az oldal magától továbblép.',
  'action.resendLink': 'Új link küldése',
};
