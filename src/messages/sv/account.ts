import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Du är inte inloggad. Logga in för att hantera ditt konto.',
  'account.password.title': 'Byt lösenord',
  'account.field.currentPassword': 'Nuvarande lösenord',
  'account.password.submit': 'Byt lösenord',
  'account.password.changed': 'Ditt lösenord har bytts.',
  'account.error.currentPassword': 'Det är inte ditt nuvarande lösenord.',
  'account.sessions.title': 'Logga ut överallt',
  'account.sessions.hint': 'Du loggas ut på alla enheter och webbläsare där du är inloggad, även den här.',
  'account.sessions.submit': 'Logga ut på alla enheter',
  'account.delete.title': 'Radera ditt konto',
  'account.delete.hint': 'Detta raderar ditt konto och allt som sparats i det. Det går inte att ångra.',
  'account.delete.word': 'radera',
  'account.delete.field': 'Skriv ”{word}” för att bekräfta',
  'account.delete.submit': 'Radera konto',
  'account.delete.mismatch': 'Skriv ”{word}” för att bekräfta.',
  'account.delete.done': 'Ditt konto har raderats.',
};
