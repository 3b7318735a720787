import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Vytvorte si účet',
  'hint.phoneNumber': 'Začnite znakom + a predvoľbou krajiny, napríklad +14255550100.',
  'hint.signUpNoPassword': 'Heslo nie je potrebné: budete sa prihlasovať kódom, ktorý vám pošleme.',
  'action.haveAccount': 'Už máte účet? Prihláste sa',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Skontrolujte e-mail',
  'hint.signUpLink':
    'Poslali sme odkaz na {destination}. Otvorte ho a potvrďte tak svoj účet – táto stránka potom bude pokračovať sama.',
  'hint.signUpLinkNoDestination':
    'Poslali sme vám odkaz. Otvorte ho a potvrďte tak svoj účet – táto stránka potom bude pokračovať sama.',
  'action.resendLink': 'Poslať nový odkaz',
};
