import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'સેટઅપ કી કૉપિ કરો',
  'action.openAuthenticator': 'પ્રમાણકર્તા ઍપમાં ખોલો',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'તમારી પ્રમાણકર્તા ઍપ સેટ કરો',
  'hint.totpSecret': 'સેટઅપ કી',
  'hint.totpQrAlt': 'આ એકાઉન્ટને પ્રમાણકર્તા ઍપમાં ઉમેરવા માટેનો QR કોડ',
  'hint.totpCopied': 'કૉપિ કર્યું',
  'error.qrCode': 'QR કોડ બતાવી શકાતો નથી. તેને બદલે તમારી પ્રમાણકર્તા ઍપમાં સેટઅપ કી દાખલ કરો.',
  'hint.totpStepApp': 'તમારા ફોન પર કોઈ પ્રમાણકર્તા ઍપ ખોલો, અથવા ઇન્સ્ટૉલ કરો.',
  'hint.totpStepScan': 'ઍપ વડે QR કોડ સ્કૅન કરો, અથવા સેટઅપ કી કૉપિ કરીને તેમાં મૂકો.',
  'hint.totpStepCode': 'ઍપમાં દેખાતો 6-અંકનો કોડ દાખલ કરો.',
};
