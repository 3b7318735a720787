import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'ユーザー名',
  'field.password': 'パスワード',
  'field.code': '確認コード',
  'action.signIn': 'サインイン',
  'action.confirm': '確認',
  'action.resendCode': 'コードを再送信',
  'action.backToSignIn': 'サインインに戻る',
  'action.changePassword': 'パスワードを変更',
  'action.working': 'お待ちください…',
  'action.showPassword': 'パスワードを表示',
  'action.resendCodeIn.other': '{count} 秒後に新しいコードを送信できます',
  'hint.codeResentNoDestination': '新しいコードを送信しました。',
  'hint.resetRequired': 'サインインする前にパスワードを再設定する必要があります。',
  'error.prefix': 'エラー:',
  'error.network': 'サインインサービスに接続できませんでした。ネットワーク接続を確認して、もう一度お試しください。',
  'field.email': 'メールアドレス',
  'field.phone': '電話番号',
  'field.emailOrPhone': 'メールアドレスまたは電話番号',
  'action.createAccount': 'アカウントを作成',
  'hint.codeLength.other': 'コードは {count} 桁です。',
};
