import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kopírovať kľúč na nastavenie',
  'action.openAuthenticator': 'Otvoriť v overovacej aplikácii',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Nastavenie overovacej aplikácie',
  'hint.totpSecret': 'Kľúč na nastavenie',
  'hint.totpQrAlt': 'QR kód na pridanie tohto účtu do overovacej aplikácie',
  'hint.totpCopied': 'Skopírované',
  'error.qrCode': 'QR kód nie je možné zobraziť. Namiesto toho zadajte kľúč na nastavenie do overovacej aplikácie.',
  'hint.totpStepApp': 'Otvorte v telefóne overovaciu aplikáciu alebo si nejakú nainštalujte.',
  'hint.totpStepScan': 'Naskenujte v aplikácii QR kód alebo do nej skopírujte kľúč na nastavenie.',
  'hint.totpStepCode': 'Zadajte šesťmiestny kód, ktorý aplikácia zobrazí.',
};
