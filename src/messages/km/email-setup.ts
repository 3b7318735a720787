import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'បន្ត',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'រៀបចំការផ្ទៀងផ្ទាត់តាមអ៊ីមែល',
  'hint.emailSetup': 'បញ្ចូលអាសយដ្ឋានអ៊ីមែលដែលយើងគួរផ្ញើកូដចូលទៅ។',
};
