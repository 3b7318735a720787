import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Հիշել այս սարքը',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Մուտքագրեք SMS-ով ուղարկված կոդը',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Մուտքագրեք էլ. փոստով ուղարկված կոդը',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Մուտքագրեք նույնականացման հավելվածի կոդը',
  'step.CONFIRM_SIGN_UP.title': 'Հաստատեք հաշիվը',
  'hint.codeSent': 'Կոդն ուղարկել ենք {destination}-ին։',
  'hint.codeSentBy.SMS': 'Կոդն ուղարկել ենք SMS-ով {destination} համարին։',
  'hint.codeSentBy.EMAIL': 'Կոդն ուղարկել ենք {destination} հասցեին։',
  'hint.totpCode': 'Բացեք նույնականացման հավելվածը և մուտքագրեք այս հաշվի 6 նիշանոց կոդը։',
  'hint.confirmSignUp': 'Հաշիվը հաստատելու համար մուտքագրեք {destination}-ին ուղարկված կոդը։',
  'hint.confirmSignUpNoDestination': 'Հաշիվը հաստատելու համար մուտքագրեք ձեզ ուղարկված կոդը։',
};
