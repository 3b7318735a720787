import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Dvoufázové ověření',
  'account.mfa.off': 'Dvoufázové ověření je vypnuté: při přihlášení se zadává jen heslo.',
  'account.mfa.hint': 'Při přihlášení se zadává heslo a potom kód z hlavní metody.',
  'account.mfa.retry': 'Zkusit znovu',
  'account.mfa.on': 'Zapnuto',
  'account.mfa.preferred': 'Zapnuto, hlavní metoda',
  'account.mfa.turnOn': 'Zapnout',
  'account.mfa.turnOff': 'Vypnout',
  'account.mfa.prefer': 'Nastavit jako hlavní',
  'account.mfa.cancel': 'Zrušit',
  'account.mfa.totpOn': 'Ověřovací aplikace je zapnutá. Při příštím přihlášení zadejte kód, který zobrazí.',
  'account.mfa.saved': 'Změna byla uložena.',
  'error.mfaLastRequired': 'Tento účet musí mít dvoufázové ověření. Než tuto metodu vypnete, zapněte jinou.',
};
