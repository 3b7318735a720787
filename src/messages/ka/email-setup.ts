import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'გაგრძელება',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'ელფოსტით დადასტურების დაყენება',
  'hint.emailSetup': 'შეიყვანეთ ელფოსტის მისამართი, რომელზეც შესვლის კოდებს გამოგიგზავნით.',
};
