import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kopiuj klucz konfiguracji',
  'action.openAuthenticator': 'Otwórz w aplikacji uwierzytelniającej',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Skonfiguruj aplikację uwierzytelniającą',
  'hint.totpSecret': 'Klucz konfiguracji',
  'hint.totpQrAlt': 'Kod QR do dodania tego konta w aplikacji uwierzytelniającej',
  'hint.totpCopied': 'Skopiowano',
  'error.qrCode': 'Nie można wyświetlić kodu QR. Zamiast tego wpisz klucz konfiguracji w aplikacji uwierzytelniającej.',
  'hint.totpStepApp': 'Otwórz aplikację uwierzytelniającą na telefonie albo zainstaluj jakąś.',
  'hint.totpStepScan': 'Zeskanuj kod QR w aplikacji albo skopiuj do niej klucz konfiguracji.',
  'hint.totpStepCode': 'Wpisz 6-cyfrowy kod wyświetlony w aplikacji.',
};
