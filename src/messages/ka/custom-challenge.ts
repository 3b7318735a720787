import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'პასუხი',
  'action.submit': 'გაგზავნა',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'უპასუხეთ შემოწმების მოთხოვნას',
  'hint.customChallenge': 'გასაგრძელებლად უპასუხეთ კითხვას.',
};
