import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Запам’ятати цей пристрій',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Введіть код із SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Введіть код із листа',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Введіть код із застосунку для автентифікації',
  'step.CONFIRM_SIGN_UP.title': 'Підтвердження облікового запису',
  'hint.codeSent': 'Ми надіслали код на {destination}.',
  'hint.codeSentBy.SMS': 'Ми надіслали код у SMS на номер {destination}.',
  'hint.codeSentBy.EMAIL': 'Ми надіслали код на адресу {destination}.',
  'hint.totpCode': 'Відкрийте застосунок для автентифікації та введіть шестизначний код для цього облікового запису.',
  'hint.confirmSignUp': 'Щоб підтвердити обліковий запис, введіть код, надісланий на {destination}.',
  'hint.confirmSignUpNoDestination': 'Щоб підтвердити обліковий запис, введіть код, який ми вам надіслали.',
};
