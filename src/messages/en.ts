import { common } from './en/common.js';
import { errorsAndNotices } from './en/errors-and-notices.js';
import { signIn } from './en/sign-in.js';
import { code } from './en/code.js';
import { choice } from './en/choice.js';
import { password } from './en/password.js';
import { newPasswordField } from './en/new-password-field.js';
import { newPassword } from './en/new-password.js';
import { attributes } from './en/attributes.js';
import { signUp } from './en/sign-up.js';
import { verifyContact } from './en/verify-contact.js';
import { customChallenge } from './en/custom-challenge.js';
import { totpSetup } from './en/totp-setup.js';
import { emailSetup } from './en/email-setup.js';
import { resetPassword } from './en/reset-password.js';
import { passkeyPrompt } from './en/passkey-prompt.js';
import { done } from './en/done.js';
import { unknown } from './en/unknown.js';
import { account } from './en/account.js';
import { accountMfa } from './en/account-mfa.js';
import { accountProfile } from './en/account-profile.js';

/**
 * English, whole: the fallback of every other language and the list of ids every catalog must have. The widget
 * itself never loads it at once: each screen's element carries its part of `./en/` (see `src/i18n.ts`). A pure call,
 * so that an app's bundler drops it when the app never imports `englishMessages` (the npm build gives it copies of
 * the parts: rollup.config.mjs).
 */
export const en = /* @__PURE__ */ (() => ({
  ...common,
  ...errorsAndNotices,
  ...signIn,
  ...code,
  ...choice,
  ...password,
  ...newPasswordField,
  ...newPassword,
  ...attributes,
  ...customChallenge,
  ...totpSetup,
  ...emailSetup,
  ...resetPassword,
  ...passkeyPrompt,
  ...done,
  ...unknown,
  ...signUp,
  ...verifyContact,
  ...account,
  ...accountMfa,
  ...accountProfile,
}))();

export type MessageId = keyof typeof en;
export type Catalog = Partial<Record<MessageId | (string & {}), string>>;
