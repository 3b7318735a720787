import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Izveidojiet kontu',
  'hint.phoneNumber': 'Sāciet ar + un valsts kodu, piemēram, +37121234567.',
  'hint.signUpNoPassword': 'Parole nav vajadzīga: pierakstīsieties ar kodu, ko jums nosūtīsim.',
  'action.haveAccount': 'Vai jums jau ir konts? Pierakstieties',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Pārbaudiet e-pastu',
  'hint.signUpLink':
    'Mēs nosūtījām saiti uz {destination}. Atveriet to, lai apstiprinātu kontu, un šī lapa turpinās pati.',
  'hint.signUpLinkNoDestination':
    'Mēs jums nosūtījām saiti. Atveriet to, lai apstiprinātu kontu, un šī lapa turpinās pati.',
  'action.resendLink': 'Sūtīt jaunu saiti',
};
