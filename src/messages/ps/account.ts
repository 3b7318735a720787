import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'تاسو ننوتي نه یاست. د خپل حساب د اداره کولو لپاره ننوځئ.',
  'account.password.title': 'خپل پټنوم بدل کړئ',
  'account.field.currentPassword': 'اوسنی پټنوم',
  'account.password.submit': 'پټنوم بدل کړئ',
  'account.password.changed': 'ستاسو پټنوم بدل شو.',
  'account.error.currentPassword': 'دا ستاسو اوسنی پټنوم نه دی.',
  'account.sessions.title': 'له هر ځای څخه ووځئ',
  'account.sessions.hint':
    'دا به تاسو له هغو ټولو وسیلو او براوزرونو څخه وباسي چې پکې ننوتي یاست، دا یو هم پکې شامل دی.',
  'account.sessions.submit': 'له ټولو وسیلو څخه ووځئ',
  'account.delete.title': 'خپل حساب ړنګ کړئ',
  'account.delete.hint': 'دا به ستاسو حساب او په هغه کې ساتل شوي ټول شیان ړنګ کړي. بېرته نشي راګرځېدای.',
  'account.delete.word': 'ړنګول',
  'account.delete.field': 'د تایید لپاره «{word}» ولیکئ',
  'account.delete.submit': 'حساب ړنګول',
  'account.delete.mismatch': 'د تایید لپاره «{word}» ولیکئ.',
  'account.delete.done': 'ستاسو حساب ړنګ شو.',
};
