import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'アカウントが確認されました。サインインして続行してください。',
  'notice.passwordReset': 'パスワードを変更しました。新しいパスワードでサインインしてください。',
  'notice.totpSetupRestart':
    'ページを再読み込みしたため、認証アプリの設定を続行できません。もう一度サインインして最初からやり直してください。',
  'notice.passkeyRegistered': 'パスキーを作成しました。次回のサインインからご利用いただけます。',
  'notice.signedOut': 'サインアウトしました。',
  'error.required': 'この項目は必須です。',
  'error.passwordMismatch': 'パスワードが一致しません。',
  'error.codeFormat': 'コードは半角数字のみで入力してください。',
  'error.emailFormat': 'name@example.com のような形式でメールアドレスを入力してください。',
  'error.notAuthorized': 'ユーザー名またはパスワードが正しくありません。',
  'error.signInEnded': 'サインインが中断されました。もう一度サインインしてください。',
  'error.userNotFound': 'そのユーザー名のアカウントが見つかりません。',
  'error.wrongAnswer': '回答が正しくありません。もう一度お試しください。',
  'error.codeMismatch': 'コードが正しくありません。確認してもう一度お試しください。',
  'error.expiredCode': 'コードの有効期限が切れています。新しいコードをリクエストしてください。',
  'error.limitExceeded': '試行回数が上限に達しました。しばらく待ってからもう一度お試しください。',
  'error.tooManyRequests': 'リクエストが多すぎます。少し待ってからもう一度お試しください。',
  'error.tooManyFailedAttempts': '失敗した回数が多すぎます。しばらく待ってからもう一度お試しください。',
  'error.invalidPassword': 'このパスワードは使用できません。別のパスワードを選んでください。',
  'error.passwordRule': 'パスワードの条件を満たしていません: {rule}',
  'error.passwordTooShort': 'パスワードが短すぎます。',
  'error.invalidParameter': '入力内容に誤りがあります。確認してもう一度お試しください。',
  'error.passwordResetRequired': 'パスワードを再設定する必要があります。',
  'error.userNotConfirmed': 'アカウントの確認がまだ完了していません。',
  'error.sessionExpired': 'サインインの有効期限が切れました。もう一度サインインしてください。',
  'error.alreadySignedIn': 'すでにサインインしています。',
  'error.passwordAttemptsExceeded': 'パスワードの誤りが多すぎます。15 分ほど待ってからもう一度お試しください。',
  'error.invalidPreferredChallenge': 'そのサインイン方法は利用できません。別の方法を選択してください。',
  'error.service': 'サインインサービスで問題が発生しました。しばらくしてからもう一度お試しください。',
  'error.configuration': 'サインインが正しく設定されていません。サイトの管理者にお問い合わせください。',
  'error.passkeyCanceled':
    'パスキーの操作がキャンセルされたか、タイムアウトしました。もう一度お試しいただくか、別のサインイン方法を選択してください。',
  'error.passkeyRegistrationCanceled':
    'パスキーは作成されませんでした。リクエストがキャンセルされたか、タイムアウトしました。もう一度お試しいただくか、「後で」を選択してください。',
  'error.passkeyUnsupported': 'このブラウザーではパスキーを使用できません。',
  'error.passkeyExists': 'このデバイスには、お使いのアカウントのパスキーがすでに登録されています。',
  'error.socialSignIn':
    'そのプロバイダーでのサインインに失敗しました。もう一度お試しいただくか、別の方法でサインインしてください。',
  'error.unknownStep': 'このサインイン手順には対応していません。',
  'error.signInElsewhere':
    'このページでは別のサインインが進行中です。先にそちらを完了するか、前の画面に戻ってください。',
  'error.socialCanceled': 'プロバイダーでのサインインがキャンセルされました。',
  'error.flowNotAllowed':
    'このサインイン方法はこのアプリで有効になっていません。サイトの管理者にお問い合わせください。',
  'error.unknown': '問題が発生しました。もう一度お試しください。',
  'error.accountExists.email':
    'このメールアドレスのアカウントはすでに存在します。サインインするか、パスワードを忘れた場合はリセットしてください。',
  'error.accountExists.phone_number':
    'この電話番号のアカウントはすでに存在します。サインインするか、パスワードを忘れた場合はリセットしてください。',
  'error.accountExists.username': 'このユーザー名はすでに使われています。ご自身のものであればサインインしてください。',
  'error.phoneFormat': '電話番号は国番号を付けて入力してください（例: +819012345678）。',
  'error.signUpNotAllowed': 'ここでは新しいアカウントを作成できません。サイトの管理者にお問い合わせください。',
  'error.codeDelivery':
    'コードを送信できませんでした。メールアドレスまたは電話番号を確認して、もう一度お試しください。',
  'error.signUpLinkWaitEnded': 'リンクが開かれるのを待つのを終了しました。リンクを開いたら、サインインしてください。',
  'notice.signUpLinkRestart': 'お送りしたリンクを開いたら、サインインしてください。',
  'notice.contactVerified': '確認が完了しました。今後はパスワードのリセットに使用できます。',
  'notice.sessionEnded': 'セッションが終了しました。続けるには、もう一度サインインしてください。',
  'error.pageRefusal': '{reason}',
};
