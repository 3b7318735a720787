import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': '複製設定金鑰',
  'action.openAuthenticator': '在驗證器應用程式中開啟',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': '設定驗證器應用程式',
  'hint.totpSecret': '設定金鑰',
  'hint.totpQrAlt': '用來將這個帳戶新增至驗證器應用程式的 QR 圖碼',
  'hint.totpCopied': '已複製',
  'error.qrCode': '無法顯示 QR 圖碼。請改為在驗證器應用程式中輸入設定金鑰。',
  'hint.totpStepApp': '在手機上開啟驗證器應用程式，如果沒有，請先安裝一個。',
  'hint.totpStepScan': '用應用程式掃描 QR 圖碼，或將設定金鑰複製到應用程式中。',
  'hint.totpStepCode': '輸入應用程式顯示的 6 位數驗證碼。',
};
