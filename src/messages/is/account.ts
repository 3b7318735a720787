import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Þú ert ekki innskráð(ur). Skráðu þig inn til að stjórna aðganginum.',
  'account.password.title': 'Breyta lykilorðinu',
  'account.field.currentPassword': 'Núverandi lykilorð',
  'account.password.submit': 'Breyta lykilorði',
  'account.password.changed': 'Lykilorðinu þínu hefur verið breytt.',
  'account.error.currentPassword': 'Þetta er ekki núverandi lykilorðið þitt.',
  'account.sessions.title': 'Skrá út alls staðar',
  'account.sessions.hint': 'Þú verður skráð(ur) út úr öllum tækjum og vöfrum þar sem þú ert innskráð(ur), líka þessu.',
  'account.sessions.submit': 'Skrá út úr öllum tækjum',
  'account.delete.title': 'Eyða aðganginum',
  'account.delete.hint': 'Þetta eyðir aðganginum þínum og öllu sem er vistað í honum. Ekki er hægt að afturkalla það.',
  'account.delete.word': 'eyða',
  'account.delete.field': 'Skrifaðu „{word}“ til að staðfesta',
  'account.delete.submit': 'Eyða aðgangi',
  'account.delete.mismatch': 'Skrifaðu „{word}“ til að staðfesta.',
  'account.delete.done': 'Aðganginum þínum hefur verið eytt.',
};
