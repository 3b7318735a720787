import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'დაადასტურეთ საკონტაქტო მონაცემები',
  'hint.verifyContact': 'დაადასტურეთ, როგორ დაგიკავშირდეთ, რომ პაროლის დავიწყების შემთხვევაში მისი აღდგენა შეძლოთ.',
  'action.verifyContact.email': 'კოდის მიღება ელფოსტით',
  'action.verifyContact.phone_number': 'კოდის მიღება SMS-ით',
};
