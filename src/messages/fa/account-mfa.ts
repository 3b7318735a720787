import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'تأیید دومرحله‌ای',
  'account.mfa.off': 'تأیید دومرحله‌ای خاموش است: هنگام ورود فقط گذرواژه‌تان خواسته می‌شود.',
  'account.mfa.hint': 'هنگام ورود، گذرواژه‌تان و سپس کدی از روش اصلی خواسته می‌شود.',
  'account.mfa.retry': 'امتحان دوباره',
  'account.mfa.on': 'روشن',
  'account.mfa.preferred': 'روشن، روش اصلی',
  'account.mfa.turnOn': 'روشن کردن',
  'account.mfa.turnOff': 'خاموش کردن',
  'account.mfa.prefer': 'استفاده به‌عنوان روش اصلی',
  'account.mfa.cancel': 'لغو',
  'account.mfa.totpOn': 'برنامه احراز هویت روشن شد. دفعه بعد که وارد می‌شوید، کدی را که نشان می‌دهد وارد کنید.',
  'account.mfa.saved': 'تغییر شما ذخیره شد.',
  'error.mfaLastRequired':
    'تأیید دومرحله‌ای برای این حساب الزامی است. پیش از خاموش کردن این روش، روش دیگری را روشن کنید.',
};
