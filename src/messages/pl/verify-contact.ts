import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Potwierdź dane kontaktowe',
  'hint.verifyContact':
    'Potwierdź, jak możemy się z Tobą skontaktować, aby w razie zapomnienia hasła można było je zresetować.',
  'action.verifyContact.email': 'Wyślij mi kod e-mailem',
  'action.verifyContact.phone_number': 'Wyślij mi kod SMS-em',
};
