import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'アカウントを作成',
  'hint.phoneNumber': '+ と国番号から入力してください（例: +14255550100）。',
  'hint.signUpNoPassword': 'パスワードは不要です。お送りするコードでサインインします。',
  'action.haveAccount': 'アカウントをお持ちの方はサインイン',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'メールを確認してください',
  'hint.signUpLink':
    '{destination} にリンクを送信しました。リンクを開いてアカウントを確認すると、このページは自動的に次へ進みます。',
  'hint.signUpLinkNoDestination':
    'リンクを送信しました。リンクを開いてアカウントを確認すると、このページは自動的に次へ進みます。',
  'action.resendLink': 'リンクを再送信',
};
