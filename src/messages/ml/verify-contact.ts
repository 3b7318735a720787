import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'നിങ്ങളുടെ കോൺടാക്റ്റ് വിവരങ്ങൾ പരിശോധിച്ചുറപ്പിക്കുക',
  'hint.verifyContact':
    'ഞങ്ങൾക്ക് നിങ്ങളെ എങ്ങനെ ബന്ധപ്പെടാമെന്ന് പരിശോധിച്ചുറപ്പിക്കുക, പാസ്‌വേഡ് മറന്നാൽ അത് റീസെറ്റ് ചെയ്യാൻ ഇത് സഹായിക്കും.',
  'action.verifyContact.email': 'എനിക്ക് ഇമെയിലിൽ കോഡ് അയയ്ക്കുക',
  'action.verifyContact.phone_number': 'എനിക്ക് SMS ആയി കോഡ് അയയ്ക്കുക',
};
