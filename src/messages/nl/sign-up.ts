import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Maak je account',
  'hint.phoneNumber': 'Begin met + en de landcode, bijvoorbeeld +14255550100.',
  'hint.signUpNoPassword': 'Geen wachtwoord nodig: je logt in met een code die we je sturen.',
  'action.haveAccount': 'Heb je al een account? Inloggen',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Check je e-mail',
  'hint.signUpLink':
    'We hebben een link naar {destination} gestuurd. Open die om je account te bevestigen, dan gaat deze pagina vanzelf verder.',
  'hint.signUpLinkNoDestination':
    'We hebben je een link gestuurd. Open die om je account te bevestigen, dan gaat deze pagina vanzelf verder.',
  'action.resendLink': 'Nieuwe link sturen',
};
