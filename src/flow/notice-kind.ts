/**
 * The kind of a message shown in a screen's notice area: it picks the colour, the icon and the live region
 * (errors are alerts, the rest polite status). A cancel the person chose (back from a provider's page) is no
 * error: it reads as information, with no "Error:" in front.
 */
export type NoticeKind = 'info' | 'success' | 'warning' | 'error';

const KINDS: Record<string, NoticeKind> = {
  'error.socialCanceled': 'info',
  'notice.signedOut': 'info',
  'hint.codeResentNoDestination': 'info',
  'notice.totpSetupRestart': 'warning',
  'hint.resetRequired': 'warning',
};

/** `error.*` is an error, `notice.*` a success, unless the table says otherwise. */
export const noticeKind = (messageId: string): NoticeKind =>
  KINDS[messageId] ?? (messageId.startsWith('error.') ? 'error' : 'success');
