import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Ոչ հիմա',
  'action.registerPasskey': 'Ստեղծել անցաբառ',
  'step.PASSKEY_PROMPT.title': 'Հաջորդ անգամ մուտք գործեք ավելի արագ',
  'hint.passkeyPrompt':
    'Ստեղծեք անցաբառ՝ գաղտնաբառի փոխարեն մատնահետքով, դեմքով կամ էկրանի կողպումով մուտք գործելու համար։',
};
