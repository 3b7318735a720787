import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Vytvořte si účet',
  'hint.phoneNumber': 'Začněte znakem + a předvolbou země, například +14255550100.',
  'hint.signUpNoPassword': 'Heslo není potřeba: budete se přihlašovat kódem, který vám pošleme.',
  'action.haveAccount': 'Už máte účet? Přihlaste se',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Zkontrolujte e-mail',
  'hint.signUpLink':
    'Poslali jsme odkaz na {destination}. Otevřete ho a potvrďte tak svůj účet – tato stránka pak bude pokračovat sama.',
  'hint.signUpLinkNoDestination':
    'Poslali jsme vám odkaz. Otevřete ho a potvrďte tak svůj účet – tato stránka pak bude pokračovat sama.',
  'action.resendLink': 'Poslat nový odkaz',
};
