import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'તમારી સંપર્ક વિગતો ચકાસો',
  'hint.verifyContact': 'અમે તમારો સંપર્ક કેવી રીતે કરી શકીએ તે ચકાસો, જેથી પાસવર્ડ ભૂલી જાઓ તો તમે તેને રીસેટ કરી શકો.',
  'action.verifyContact.email': 'મને ઇમેઇલ પર કોડ મોકલો',
  'action.verifyContact.phone_number': 'મને SMS પર કોડ મોકલો',
};
