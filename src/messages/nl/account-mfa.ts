import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Verificatie in twee stappen',
  'account.mfa.off': 'Verificatie in twee stappen staat uit: bij het inloggen wordt alleen je wachtwoord gevraagd.',
  'account.mfa.hint':
    'Bij het inloggen wordt je wachtwoord gevraagd en daarna een code van de methode die als eerste wordt gebruikt.',
  'account.mfa.retry': 'Opnieuw proberen',
  'account.mfa.on': 'Aan',
  'account.mfa.preferred': 'Aan, wordt als eerste gebruikt',
  'account.mfa.turnOn': 'Aanzetten',
  'account.mfa.turnOff': 'Uitzetten',
  'account.mfa.prefer': 'Als eerste gebruiken',
  'account.mfa.cancel': 'Annuleren',
  'account.mfa.totpOn':
    'Je authenticator-app staat aan. Vul de volgende keer dat je inlogt de code in die de app toont.',
  'account.mfa.saved': 'Je wijziging is opgeslagen.',
  'error.mfaLastRequired':
    'Voor dit account is verificatie in twee stappen verplicht. Zet een andere methode aan voordat je deze uitzet.',
};
