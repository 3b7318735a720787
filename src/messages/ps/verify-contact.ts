import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'د اړیکې معلومات تایید کړئ',
  'hint.verifyContact': 'تایید کړئ چې له تاسو سره څنګه اړیکه نیولای شو، څو که مو پټنوم هېر شي، بیا یې تنظیم کړای شئ.',
  'action.verifyContact.email': 'کوډ راته په برېښنالیک کې ولېږئ',
  'action.verifyContact.phone_number': 'کوډ راته په SMS کې ولېږئ',
};
