import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'دوه پړاوه تایید',
  'account.mfa.off': 'دوه پړاوه تایید بند دی: د ننوتلو پر مهال یوازې ستاسو پټنوم غوښتل کېږي.',
  'account.mfa.hint': 'د ننوتلو پر مهال ستاسو پټنوم او بیا د هغې طریقې کوډ غوښتل کېږي چې لومړی کارول کېږي.',
  'account.mfa.retry': 'بیا هڅه وکړئ',
  'account.mfa.on': 'چالان',
  'account.mfa.preferred': 'چالان، لومړی کارول کېږي',
  'account.mfa.turnOn': 'چالان کړئ',
  'account.mfa.turnOff': 'بند کړئ',
  'account.mfa.prefer': 'لومړی یې وکاروئ',
  'account.mfa.cancel': 'لغوه کړئ',
  'account.mfa.totpOn': 'ستاسو د تصدیق اپ چالان شو. بله ځل چې ننوځئ، هغه کوډ دننه کړئ چې اپ یې ښيي.',
  'account.mfa.saved': 'ستاسو بدلون خوندي شو.',
  'error.mfaLastRequired': 'دا حساب باید دوه پړاوه تایید ولري. مخکې له دې چې دا طریقه بنده کړئ، بله طریقه چالان کړئ.',
};
