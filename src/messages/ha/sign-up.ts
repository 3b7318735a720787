import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Buɗe asusunku',
  'hint.phoneNumber': 'Fara da + da lambar ƙasarku, misali +2348031234567.',
  'hint.signUpNoPassword': 'Ba a buƙatar kalmar sirri: za ku shiga da lambar da za mu aiko muku.',
  'action.haveAccount': 'Kuna da asusu tuni? Shiga',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Duba imel ɗinku',
  'hint.signUpLink':
    'Mun aika hanyar haɗi zuwa {destination}. Ku buɗe ta don tabbatar da asusunku, shafin nan kuma zai ci gaba da kansa.',
  'hint.signUpLinkNoDestination':
    'Mun aiko muku hanyar haɗi. Ku buɗe ta don tabbatar da asusunku, shafin nan kuma zai ci gaba da kansa.',
  'action.resendLink': 'Aika sabuwar hanyar haɗi',
};
