import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Crea il tuo account',
  'hint.phoneNumber': 'Inizia con + e il prefisso internazionale, ad esempio +14255550100.',
  'hint.signUpNoPassword': 'Non serve una password: accederai con un codice che ti invieremo.',
  'action.haveAccount': 'Hai già un account? Accedi',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Controlla la tua email',
  'hint.signUpLink':
    'Abbiamo inviato un link a {destination}. Aprilo per confermare il tuo account: questa pagina proseguirà da sola.',
  'hint.signUpLinkNoDestination':
    'Ti abbiamo inviato un link. Aprilo per confermare il tuo account: questa pagina proseguirà da sola.',
  'action.resendLink': 'Invia un nuovo link',
};
