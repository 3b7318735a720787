import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'ორსაფეხურიანი დადასტურება',
  'account.mfa.off': 'ორსაფეხურიანი დადასტურება გამორთულია: შესვლისას მხოლოდ პაროლი მოითხოვება.',
  'account.mfa.hint': 'შესვლისას მოითხოვება პაროლი, შემდეგ კი კოდი ძირითადი მეთოდიდან.',
  'account.mfa.retry': 'ხელახლა ცდა',
  'account.mfa.on': 'ჩართულია',
  'account.mfa.preferred': 'ჩართულია, ძირითადი',
  'account.mfa.turnOn': 'ჩართვა',
  'account.mfa.turnOff': 'გამორთვა',
  'account.mfa.prefer': 'ძირითადად დაყენება',
  'account.mfa.cancel': 'გაუქმება',
  'account.mfa.totpOn': 'ავთენტიფიკატორი აპი ჩართულია. შემდეგ შესვლისას შეიყვანეთ კოდი, რომელსაც ის აჩვენებს.',
  'account.mfa.saved': 'ცვლილება შენახულია.',
  'error.mfaLastRequired':
    'ამ ანგარიშს ორსაფეხურიანი დადასტურება აუცილებლად უნდა ჰქონდეს. ამ მეთოდის გამორთვამდე ჩართეთ სხვა.',
};
