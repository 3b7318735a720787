import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Konto erstellen',
  'hint.phoneNumber': 'Beginnen Sie mit + und der Ländervorwahl, zum Beispiel +14255550100.',
  'hint.signUpNoPassword': 'Kein Passwort nötig: Sie melden sich mit einem Code an, den wir Ihnen senden.',
  'action.haveAccount': 'Sie haben schon ein Konto? Anmelden',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'E-Mails prüfen',
  'hint.signUpLink':
    'Wir haben einen Link an {destination} gesendet. Öffnen Sie ihn, um Ihr Konto zu bestätigen – diese Seite geht dann von selbst weiter.',
  'hint.signUpLinkNoDestination':
    'Wir haben Ihnen einen Link gesendet. Öffnen Sie ihn, um Ihr Konto zu bestätigen – diese Seite geht dann von selbst weiter.',
  'action.resendLink': 'Neuen Link senden',
};
