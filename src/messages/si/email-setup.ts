import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'ඉදිරියට යන්න',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'ඊ-තැපැල් සත්‍යාපනය පිහිටුවන්න',
  'hint.emailSetup': 'පුරනය වීමේ කේත යැවිය යුතු ඊ-තැපැල් ලිපිනය ඇතුළු කරන්න.',
};
