import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'اطلاعات تماس خود را تأیید کنید',
  'hint.verifyContact':
    'راه تماس با خود را تأیید کنید تا اگر روزی گذرواژه‌تان را فراموش کردید، بتوانید آن را بازنشانی کنید.',
  'action.verifyContact.email': 'کد را به ایمیلم بفرست',
  'action.verifyContact.phone_number': 'کد را با پیامک بفرست',
};
