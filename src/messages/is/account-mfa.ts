import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Tveggja þrepa staðfesting',
  'account.mfa.off': 'Slökkt er á tveggja þrepa staðfestingu: við innskráningu er aðeins beðið um aðgangsorðið.',
  'account.mfa.hint': 'Við innskráningu er beðið um aðgangsorðið og síðan kóða frá aðalaðferðinni.',
  'account.mfa.retry': 'Reyna aftur',
  'account.mfa.on': 'Kveikt',
  'account.mfa.preferred': 'Kveikt, aðalaðferð',
  'account.mfa.turnOn': 'Kveikja',
  'account.mfa.turnOff': 'Slökkva',
  'account.mfa.prefer': 'Gera að aðalaðferð',
  'account.mfa.cancel': 'Hætta við',
  'account.mfa.totpOn':
    'Kveikt er á auðkenningarforritinu. Næst þegar þú skráir þig inn skaltu slá inn kóðann sem það sýnir.',
  'account.mfa.saved': 'Breytingin var vistuð.',
  'error.mfaLastRequired':
    'Þessi aðgangur verður að hafa tveggja þrepa staðfestingu. Kveiktu á annarri aðferð áður en þú slekkur á þessari.',
};
