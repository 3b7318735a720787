import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Dvojstupňové overenie',
  'account.mfa.off': 'Dvojstupňové overenie je vypnuté: pri prihlásení sa zadáva iba heslo.',
  'account.mfa.hint': 'Pri prihlásení sa zadáva heslo a potom kód z hlavnej metódy.',
  'account.mfa.retry': 'Skúsiť znova',
  'account.mfa.on': 'Zapnuté',
  'account.mfa.preferred': 'Zapnuté, hlavná metóda',
  'account.mfa.turnOn': 'Zapnúť',
  'account.mfa.turnOff': 'Vypnúť',
  'account.mfa.prefer': 'Nastaviť ako hlavnú',
  'account.mfa.cancel': 'Zrušiť',
  'account.mfa.totpOn': 'Overovacia aplikácia je zapnutá. Pri ďalšom prihlásení zadajte kód, ktorý zobrazí.',
  'account.mfa.saved': 'Zmena bola uložená.',
  'error.mfaLastRequired': 'Tento účet musí mať dvojstupňové overenie. Skôr ako túto metódu vypnete, zapnite inú.',
};
