import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': '兩步驟驗證',
  'account.mfa.off': '兩步驟驗證已關閉：登入時只需輸入密碼。',
  'account.mfa.hint': '登入時需輸入密碼，接著輸入首選方式提供的驗證碼。',
  'account.mfa.retry': '重試',
  'account.mfa.on': '已開啟',
  'account.mfa.preferred': '已開啟，首選',
  'account.mfa.turnOn': '開啟',
  'account.mfa.turnOff': '關閉',
  'account.mfa.prefer': '設為首選',
  'account.mfa.cancel': '取消',
  'account.mfa.totpOn': '驗證器應用程式已開啟。下次登入時，請輸入應用程式顯示的驗證碼。',
  'account.mfa.saved': '已儲存您的變更。',
  'error.mfaLastRequired': '這個帳戶必須保留兩步驟驗證。請先開啟其他方式，再關閉這個方式。',
};
