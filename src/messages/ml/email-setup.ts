import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'തുടരുക',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'ഇമെയിൽ വഴിയുള്ള പരിശോധന സജ്ജീകരിക്കുക',
  'hint.emailSetup': 'നിങ്ങളുടെ സൈൻ ഇൻ കോഡുകൾ ഞങ്ങൾ അയയ്ക്കേണ്ട ഇമെയിൽ വിലാസം നൽകുക.',
};
