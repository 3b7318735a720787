import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Ba ku shiga ba. Shiga don sarrafa asusunku.',
  'account.password.title': 'Canza kalmar sirrinku',
  'account.field.currentPassword': 'Kalmar sirri ta yanzu',
  'account.password.submit': 'Canza kalmar sirri',
  'account.password.changed': 'An canza kalmar sirrinku.',
  'account.error.currentPassword': 'Wannan ba kalmar sirrinku ta yanzu ba ce.',
  'account.sessions.title': 'Fita daga ko’ina',
  'account.sessions.hint': 'Wannan zai fitar da ku daga kowace na’ura da burauza da kuka shiga, har da wannan.',
  'account.sessions.submit': 'Fita daga duk na’urori',
  'account.delete.title': 'Share asusunku',
  'account.delete.hint': 'Wannan zai share asusunku da duk abin da aka ajiye a ciki. Ba za a iya mayar da shi ba.',
  'account.delete.word': 'share',
  'account.delete.field': 'Don tabbatarwa, rubuta “{word}”',
  'account.delete.submit': 'Share asusu',
  'account.delete.mismatch': 'Rubuta “{word}” don tabbatarwa.',
  'account.delete.done': 'An share asusunku.',
};
