import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Отговор',
  'action.submit': 'Изпращане',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Отговорете на въпроса',
  'hint.customChallenge': 'Отговорете на въпроса, за да продължите.',
};
