import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kopírovat klíč pro nastavení',
  'action.openAuthenticator': 'Otevřít v ověřovací aplikaci',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Nastavení ověřovací aplikace',
  'hint.totpSecret': 'Klíč pro nastavení',
  'hint.totpQrAlt': 'QR kód pro přidání tohoto účtu do ověřovací aplikace',
  'hint.totpCopied': 'Zkopírováno',
  'error.qrCode': 'QR kód nelze zobrazit. Zadejte místo toho do ověřovací aplikace klíč pro nastavení.',
  'hint.totpStepApp': 'Otevřete v telefonu ověřovací aplikaci, nebo si nějakou nainstalujte.',
  'hint.totpStepScan': 'Naskenujte v aplikaci QR kód, nebo do ní zkopírujte klíč pro nastavení.',
  'hint.totpStepCode': 'Zadejte šestimístný kód, který aplikace zobrazí.',
};
