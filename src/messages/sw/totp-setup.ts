import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Nakili ufunguo wa kuweka mipangilio',
  'action.openAuthenticator': 'Fungua katika programu ya uthibitishaji',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Weka mipangilio ya programu yako ya uthibitishaji',
  'hint.totpSecret': 'Ufunguo wa kuweka mipangilio',
  'hint.totpQrAlt': 'Msimbo wa QR wa kuongeza akaunti hii kwenye programu ya uthibitishaji',
  'hint.totpCopied': 'Imenakiliwa',
  'error.qrCode':
    'Msimbo wa QR hauwezi kuonyeshwa. Badala yake, weka ufunguo wa kuweka mipangilio kwenye programu yako ya uthibitishaji.',
  'hint.totpStepApp': 'Fungua programu ya uthibitishaji kwenye simu yako, au uisakinishe.',
  'hint.totpStepScan':
    'Changanua msimbo wa QR ukitumia programu hiyo, au unakili ufunguo wa kuweka mipangilio ndani yake.',
  'hint.totpStepCode': 'Weka msimbo wa tarakimu 6 unaoonyeshwa na programu.',
};
