import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'ఇప్పుడు కాదు',
  'action.registerPasskey': 'పాస్‌కీని క్రియేట్ చేయండి',
  'step.PASSKEY_PROMPT.title': 'తర్వాతిసారి మరింత వేగంగా సైన్ ఇన్ చేయండి',
  'hint.passkeyPrompt': 'పాస్‌వర్డ్‌కు బదులుగా మీ వేలిముద్ర, ముఖం లేదా స్క్రీన్ లాక్‌తో సైన్ ఇన్ చేయడానికి పాస్‌కీని క్రియేట్ చేయండి.',
};
