import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Nincs bejelentkezve. A fiókja kezeléséhez jelentkezzen be.',
  'account.password.title': 'Jelszó módosítása',
  'account.field.currentPassword': 'Jelenlegi jelszó',
  'account.password.submit': 'Jelszó módosítása',
  'account.password.changed': 'A jelszava megváltozott.',
  'account.error.currentPassword': 'Ez nem a jelenlegi jelszava.',
  'account.sessions.title': 'Kijelentkezés mindenhonnan',
  'account.sessions.hint': 'Ezzel minden eszközön és böngészőben kijelentkezik, ahol be van jelentkezve, ezen is.',
  'account.sessions.submit': 'Kijelentkezés minden eszközről',
  'account.delete.title': 'Fiók törlése',
  'account.delete.hint': 'Ezzel törli a fiókját és minden benne tárolt adatot. A művelet nem vonható vissza.',
  'account.delete.word': 'törlés',
  'account.delete.field': 'A megerősítéshez írja be: „{word}”',
  'account.delete.submit': 'Fiók törlése',
  'account.delete.mismatch': 'A megerősítéshez írja be: „{word}”.',
  'account.delete.done': 'A fiókját töröltük.',
};
