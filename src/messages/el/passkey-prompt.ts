import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Όχι τώρα',
  'action.registerPasskey': 'Δημιουργία κλειδιού πρόσβασης',
  'step.PASSKEY_PROMPT.title': 'Συνδεθείτε πιο γρήγορα την επόμενη φορά',
  'hint.passkeyPrompt':
    'Δημιουργήστε ένα κλειδί πρόσβασης για να συνδέεστε με το δακτυλικό σας αποτύπωμα, το πρόσωπό σας ή το κλείδωμα οθόνης αντί για κωδικό πρόσβασης.',
};
