import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': '使用者名稱',
  'field.password': '密碼',
  'field.code': '驗證碼',
  'action.signIn': '登入',
  'action.confirm': '確認',
  'action.resendCode': '重新傳送驗證碼',
  'action.backToSignIn': '返回登入畫面',
  'action.changePassword': '變更密碼',
  'action.working': '請稍候…',
  'action.showPassword': '顯示密碼',
  'action.resendCodeIn.other': '{count} 秒後可重新傳送驗證碼',
  'hint.codeResentNoDestination': '新的驗證碼已傳送。',
  'hint.resetRequired': '你必須先重設密碼，才能登入。',
  'error.prefix': '錯誤：',
  'error.network': '無法連線至登入服務。請檢查網路連線，然後再試一次。',
  'field.email': '電子郵件地址',
  'field.phone': '電話號碼',
  'field.emailOrPhone': '電子郵件地址或電話號碼',
  'action.createAccount': '建立帳戶',
  'hint.codeLength.other': '驗證碼為 {count} 位數字。',
};
