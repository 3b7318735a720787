import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kopeeri seadistusvõti',
  'action.openAuthenticator': 'Ava autentimisrakenduses',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Seadistage autentimisrakendus',
  'hint.totpSecret': 'Seadistusvõti',
  'hint.totpQrAlt': 'QR-kood selle konto lisamiseks autentimisrakendusse',
  'hint.totpCopied': 'Kopeeritud',
  'error.qrCode': 'QR-koodi ei saa kuvada. Sisestage selle asemel seadistusvõti autentimisrakendusse.',
  'hint.totpStepApp': 'Avage telefonis autentimisrakendus või installige see.',
  'hint.totpStepScan': 'Skannige QR-kood rakendusega või kopeerige seadistusvõti rakendusse.',
  'hint.totpStepCode': 'Sisestage rakenduses kuvatav kuuekohaline kood.',
};
