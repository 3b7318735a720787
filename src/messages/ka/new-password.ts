import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'აირჩიეთ ახალი პაროლი',
  'hint.newPassword': 'გაგრძელებამდე დროებითი პაროლი ახლით უნდა შეცვალოთ.',
  'hint.missingAttributes': 'კიდევ რამდენიმე მონაცემი გვჭირდება.',
};
