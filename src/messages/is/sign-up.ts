import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Stofnaðu reikning',
  'hint.phoneNumber': 'Byrjaðu á + og landsnúmeri, t.d. +3546123456.',
  'hint.signUpNoPassword': 'Ekkert aðgangsorð þarf: þú skráir þig inn með kóða sem við sendum þér.',
  'action.haveAccount': 'Ertu þegar með reikning? Skráðu þig inn',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Athugaðu tölvupóstinn',
  'hint.signUpLink':
    'Við sendum tengil á {destination}. Opnaðu hann til að staðfesta reikninginn og þá heldur þessi síða sjálfkrafa áfram.',
  'hint.signUpLinkNoDestination':
    'Við sendum þér tengil. Opnaðu hann til að staðfesta reikninginn og þá heldur þessi síða sjálfkrafa áfram.',
  'action.resendLink': 'Senda nýjan tengil',
};
