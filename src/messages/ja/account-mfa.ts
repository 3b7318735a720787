import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': '2 段階認証',
  'account.mfa.off': '2 段階認証はオフです。ログイン時にはパスワードのみを求められます。',
  'account.mfa.hint': 'ログイン時には、パスワードに続けて、優先する方法のコードを求められます。',
  'account.mfa.retry': '再試行',
  'account.mfa.on': 'オン',
  'account.mfa.preferred': 'オン（優先）',
  'account.mfa.turnOn': 'オンにする',
  'account.mfa.turnOff': 'オフにする',
  'account.mfa.prefer': '優先する',
  'account.mfa.cancel': 'キャンセル',
  'account.mfa.totpOn': '認証アプリをオンにしました。次回のログインでは、アプリに表示されるコードを入力してください。',
  'account.mfa.saved': '変更を保存しました。',
  'error.mfaLastRequired':
    'このアカウントでは 2 段階認証が必須です。この方法をオフにする前に、別の方法をオンにしてください。',
};
