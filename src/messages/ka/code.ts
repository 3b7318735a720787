import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'ამ მოწყობილობის დამახსოვრება',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'შეიყვანეთ SMS-ით გამოგზავნილი კოდი',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'შეიყვანეთ ელფოსტით გამოგზავნილი კოდი',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'შეიყვანეთ ავთენტიფიკატორ აპის კოდი',
  'step.CONFIRM_SIGN_UP.title': 'დაადასტურეთ ანგარიში',
  'hint.codeSent': 'კოდი გავგზავნეთ: {destination}.',
  'hint.codeSentBy.SMS': 'კოდი SMS-ით გავგზავნეთ ნომერზე {destination}.',
  'hint.codeSentBy.EMAIL': 'კოდი გავგზავნეთ ელფოსტაზე {destination}.',
  'hint.totpCode': 'გახსენით ავთენტიფიკატორი აპი და შეიყვანეთ ამ ანგარიშის 6-ნიშნა კოდი.',
  'hint.confirmSignUp': 'ანგარიშის დასადასტურებლად შეიყვანეთ კოდი, რომელიც გავგზავნეთ ({destination}).',
  'hint.confirmSignUpNoDestination': 'ანგარიშის დასადასტურებლად შეიყვანეთ კოდი, რომელიც გამოგიგზავნეთ.',
};
