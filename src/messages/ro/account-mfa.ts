import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Verificare în doi pași',
  'account.mfa.off': 'Verificarea în doi pași este dezactivată: la conectare vi se cere doar parola.',
  'account.mfa.hint': 'La conectare vi se cere parola, apoi un cod de la metoda folosită mai întâi.',
  'account.mfa.retry': 'Încercați din nou',
  'account.mfa.on': 'Activată',
  'account.mfa.preferred': 'Activată, folosită mai întâi',
  'account.mfa.turnOn': 'Activați',
  'account.mfa.turnOff': 'Dezactivați',
  'account.mfa.prefer': 'Folosiți mai întâi',
  'account.mfa.cancel': 'Anulați',
  'account.mfa.totpOn':
    'Aplicația de autentificare este activată. Data viitoare când vă conectați, introduceți codul afișat de aceasta.',
  'account.mfa.saved': 'Modificarea a fost salvată.',
  'error.mfaLastRequired':
    'Acest cont trebuie să păstreze verificarea în doi pași. Activați altă metodă înainte de a o dezactiva pe aceasta.',
};
