import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'जारी रखें',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'ईमेल से पुष्टि की सुविधा सेट अप करें',
  'hint.emailSetup': 'वह ईमेल पता डालें जिस पर आप साइन इन के कोड पाना चाहते हैं।',
};
