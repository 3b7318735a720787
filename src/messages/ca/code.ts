import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Recorda aquest dispositiu',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Introdueix el codi que t’hem enviat per SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Introdueix el codi que t’hem enviat per correu electrònic',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Introdueix el codi de l’aplicació d’autenticació',
  'step.CONFIRM_SIGN_UP.title': 'Confirma el compte',
  'hint.codeSent': 'Hem enviat un codi a {destination}.',
  'hint.codeSentBy.SMS': 'Hem enviat un codi per SMS a {destination}.',
  'hint.codeSentBy.EMAIL': 'Hem enviat un codi per correu electrònic a {destination}.',
  'hint.totpCode': 'Obre l’aplicació d’autenticació i introdueix el codi de 6 xifres d’aquest compte.',
  'hint.confirmSignUp': 'Per confirmar el compte, introdueix el codi que hem enviat a {destination}.',
  'hint.confirmSignUpNoDestination': 'Per confirmar el compte, introdueix el codi que t’hem enviat.',
};
