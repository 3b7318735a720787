import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Afrita uppsetningarlykil',
  'action.openAuthenticator': 'Opna í auðkenningarforriti',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Settu upp auðkenningarforritið',
  'hint.totpSecret': 'Uppsetningarlykill',
  'hint.totpQrAlt': 'QR-kóði til að bæta þessum reikningi við auðkenningarforrit',
  'hint.totpCopied': 'Afritað',
  'error.qrCode': 'Ekki er hægt að sýna QR-kóðann. Sláðu frekar uppsetningarlykilinn inn í auðkenningarforritið.',
  'hint.totpStepApp': 'Opnaðu auðkenningarforrit í símanum eða settu eitt upp.',
  'hint.totpStepScan': 'Skannaðu QR-kóðann með forritinu eða afritaðu uppsetningarlykilinn inn í það.',
  'hint.totpStepCode': 'Sláðu inn sex stafa kóðann sem forritið sýnir.',
};
