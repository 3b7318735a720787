import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Susikurkite paskyrą',
  'hint.phoneNumber': 'Pradėkite ženklu + ir šalies kodu, pvz., +37061234567.',
  'hint.signUpNoPassword': 'Slaptažodžio nereikia: prisijungsite kodu, kurį jums atsiųsime.',
  'action.haveAccount': 'Jau turite paskyrą? Prisijunkite',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Patikrinkite el. paštą',
  'hint.signUpLink':
    'Išsiuntėme nuorodą ({destination}). Atidarykite ją, kad patvirtintumėte paskyrą, ir šis puslapis tęs pats.',
  'hint.signUpLinkNoDestination':
    'Išsiuntėme jums nuorodą. Atidarykite ją, kad patvirtintumėte paskyrą, ir šis puslapis tęs pats.',
  'action.resendLink': 'Siųsti naują nuorodą',
};
