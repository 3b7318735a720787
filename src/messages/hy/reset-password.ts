import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Ուղարկել կոդը',
  'step.RESET_PASSWORD.title': 'Վերակայեք գաղտնաբառը',
  'step.CONFIRM_RESET_PASSWORD.title': 'Ընտրեք նոր գաղտնաբառ',
  'hint.resetPassword': 'Մենք կուղարկենք կոդ՝ այս հաշվի գաղտնաբառը վերակայելու համար։',
  'hint.confirmResetPassword': 'Մուտքագրեք {destination}-ին ուղարկված կոդը և ընտրեք նոր գաղտնաբառ։',
  'hint.confirmResetPasswordNoDestination': 'Մուտքագրեք ձեզ ուղարկված կոդը և ընտրեք նոր գաղտնաբառ։',
};
