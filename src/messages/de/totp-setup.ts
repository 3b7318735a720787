import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Einrichtungsschlüssel kopieren',
  'action.openAuthenticator': 'In Authenticator-App öffnen',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Authenticator-App einrichten',
  'hint.totpSecret': 'Einrichtungsschlüssel',
  'hint.totpQrAlt': 'QR-Code zum Hinzufügen dieses Kontos zu einer Authenticator-App',
  'hint.totpCopied': 'Kopiert',
  'error.qrCode':
    'Der QR-Code kann nicht angezeigt werden. Geben Sie stattdessen den Einrichtungsschlüssel in Ihre Authenticator-App ein.',
  'hint.totpStepApp': 'Öffnen Sie eine Authenticator-App auf Ihrem Smartphone oder installieren Sie eine.',
  'hint.totpStepScan': 'Scannen Sie den QR-Code mit der App oder kopieren Sie den Einrichtungsschlüssel hinein.',
  'hint.totpStepCode': 'Geben Sie den 6-stelligen Code ein, den die App anzeigt.',
};
