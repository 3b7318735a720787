import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': '建立你的帳戶',
  'hint.phoneNumber': '請以 + 和國家/地區代碼開頭，例如 +14255550100。',
  'hint.signUpNoPassword': '不需要密碼：你將使用我們傳送的驗證碼登入。',
  'action.haveAccount': '已有帳戶？登入',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': '請查看你的電子郵件',
  'hint.signUpLink': '我們已傳送連結至 {destination}。開啟連結即可驗證你的帳戶，此頁面會自動繼續。',
  'hint.signUpLinkNoDestination': '我們已傳送連結給你。開啟連結即可驗證你的帳戶，此頁面會自動繼續。',
  'action.resendLink': '重新傳送連結',
};
