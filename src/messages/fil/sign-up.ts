import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Gawin ang iyong account',
  'hint.phoneNumber': 'Magsimula sa + at sa country code mo, halimbawa +639171234567.',
  'hint.signUpNoPassword': 'Hindi kailangan ng password: magsa-sign in ka gamit ang code na ipapadala namin.',
  'action.haveAccount': 'May account ka na? Mag-sign in',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Tingnan ang iyong email',
  'hint.signUpLink':
    'Nagpadala kami ng link sa {destination}. Buksan ito para kumpirmahin ang iyong account, at kusang magpapatuloy ang page na ito.',
  'hint.signUpLinkNoDestination':
    'Nagpadala kami sa iyo ng link. Buksan ito para kumpirmahin ang iyong account, at kusang magpapatuloy ang page na ito.',
  'action.resendLink': 'Magpadala ng bagong link',
};
