import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Үргэлжлүүлэх',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Имэйлээр баталгаажуулалтыг тохируулах',
  'hint.emailSetup': 'Нэвтрэх кодуудыг хүлээн авах имэйл хаягаа оруулна уу.',
};
