import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Bekräfta dina kontaktuppgifter',
  'hint.verifyContact': 'Bekräfta hur vi når dig, så att du kan återställa lösenordet om du någon gång glömmer det.',
  'action.verifyContact.email': 'Skicka en kod via e-post',
  'action.verifyContact.phone_number': 'Skicka en kod via sms',
};
