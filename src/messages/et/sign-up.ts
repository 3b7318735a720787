import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Looge konto',
  'hint.phoneNumber': 'Alustage märgiga + ja riigikoodiga, näiteks +37251234567.',
  'hint.signUpNoPassword': 'Parooli pole vaja: logite sisse koodiga, mille teile saadame.',
  'action.haveAccount': 'Kas teil on juba konto? Logige sisse',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Vaadake oma e-posti',
  'hint.signUpLink': 'Saatsime lingi ({destination}). Avage see konto kinnitamiseks ja see leht jätkab ise.',
  'hint.signUpLinkNoDestination': 'Saatsime teile lingi. Avage see konto kinnitamiseks ja see leht jätkab ise.',
  'action.resendLink': 'Saada uus link',
};
