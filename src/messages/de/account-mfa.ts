import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Bestätigung in zwei Schritten',
  'account.mfa.off':
    'Die Bestätigung in zwei Schritten ist deaktiviert: Bei der Anmeldung wird nur Ihr Passwort abgefragt.',
  'account.mfa.hint': 'Bei der Anmeldung werden Ihr Passwort und danach ein Code der bevorzugten Methode abgefragt.',
  'account.mfa.retry': 'Erneut versuchen',
  'account.mfa.on': 'Aktiviert',
  'account.mfa.preferred': 'Aktiviert, bevorzugt',
  'account.mfa.turnOn': 'Aktivieren',
  'account.mfa.turnOff': 'Deaktivieren',
  'account.mfa.prefer': 'Bevorzugen',
  'account.mfa.cancel': 'Abbrechen',
  'account.mfa.totpOn':
    'Ihre Authenticator-App ist aktiviert. Geben Sie bei der nächsten Anmeldung den Code ein, den sie anzeigt.',
  'account.mfa.saved': 'Ihre Änderung wurde gespeichert.',
  'error.mfaLastRequired':
    'Für dieses Konto ist die Bestätigung in zwei Schritten Pflicht. Aktivieren Sie eine andere Methode, bevor Sie diese deaktivieren.',
};
