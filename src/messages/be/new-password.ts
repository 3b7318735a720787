import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Прыдумайце новы пароль',
  'hint.newPassword': 'Каб працягнуць, замяніце часовы пароль новым.',
  'hint.missingAttributes': 'Нам патрэбна яшчэ некалькі звестак.',
};
