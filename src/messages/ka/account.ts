import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'სისტემაში არ ხართ შესული. ანგარიშის სამართავად შედით.',
  'account.password.title': 'პაროლის შეცვლა',
  'account.field.currentPassword': 'მიმდინარე პაროლი',
  'account.password.submit': 'პაროლის შეცვლა',
  'account.password.changed': 'თქვენი პაროლი შეიცვალა.',
  'account.error.currentPassword': 'ეს არ არის თქვენი მიმდინარე პაროლი.',
  'account.sessions.title': 'ყველგან გასვლა',
  'account.sessions.hint': 'ეს გაგიყვანთ ყველა მოწყობილობიდან და ბრაუზერიდან, სადაც შესული ხართ, ამის ჩათვლით.',
  'account.sessions.submit': 'ყველა მოწყობილობიდან გასვლა',
  'account.delete.title': 'ანგარიშის წაშლა',
  'account.delete.hint': 'ეს წაშლის თქვენს ანგარიშს და მასში შენახულ ყველაფერს. მოქმედების გაუქმება შეუძლებელია.',
  'account.delete.word': 'წაშლა',
  'account.delete.field': 'დასადასტურებლად აკრიფეთ „{word}“',
  'account.delete.submit': 'ანგარიშის წაშლა',
  'account.delete.mismatch': 'დასადასტურებლად აკრიფეთ „{word}“.',
  'account.delete.done': 'თქვენი ანგარიში წაიშალა.',
};
