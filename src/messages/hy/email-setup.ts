import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Շարունակել',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Կարգավորեք ստուգումն էլ. փոստով',
  'hint.emailSetup': 'Մուտքագրեք էլ. փոստի հասցեն, որին պետք է ուղարկենք մուտքի կոդերը։',
};
