import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'セットアップキーをコピー',
  'action.openAuthenticator': '認証アプリで開く',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': '認証アプリを設定してください',
  'hint.totpSecret': 'セットアップキー',
  'hint.totpQrAlt': 'このアカウントを認証アプリに追加するための QR コード',
  'hint.totpCopied': 'コピーしました',
  'error.qrCode': 'QR コードを表示できません。認証アプリにセットアップキーを直接入力してください。',
  'hint.totpStepApp': 'スマートフォンで認証アプリを開きます（お持ちでない場合はインストールしてください）。',
  'hint.totpStepScan': 'アプリで QR コードを読み取るか、セットアップキーをコピーしてアプリに貼り付けます。',
  'hint.totpStepCode': 'アプリに表示された 6 桁のコードを入力します。',
};
