/**
 * The kind of a message shown in a screen's notice area: it picks the colour, the icon and the live region
 * (errors are alerts, the rest polite status). A cancel the person chose (back from a provider's page) is no
 * error: it reads as information, with no "Error:" in front.
 */
export type NoticeKind = 'info' | 'success' | 'warning' | 'error';

/** Information: a cancel, a sign-out, a code on its way; warning: start again, reset first; else by the id's prefix. */
export const noticeKind = (messageId: string): NoticeKind =>
  /socialCanceled|signedOut|codeResent/.test(messageId)
    ? 'info'
    : /totpSetupRestart|resetRequired/.test(messageId)
      ? 'warning'
      : messageId.startsWith('error.')
        ? 'error'
        : 'success';
