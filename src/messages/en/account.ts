/** English: `<auth-account>`, the signed-in person's account (its sections). Travels with the element. */
export const account = {
  'account.signedOut': 'You’re not signed in. Sign in to manage your account.',
  'account.password.title': 'Change your password',
  'account.field.currentPassword': 'Current password',
  'account.password.submit': 'Change password',
  'account.password.changed': 'Your password was changed.',
  'account.error.currentPassword': 'That isn’t your current password.',
  'account.sessions.title': 'Sign out everywhere',
  'account.sessions.hint': 'This signs you out on every device and browser where you’re signed in, including this one.',
  'account.sessions.submit': 'Sign out of every device',
  'account.delete.title': 'Delete your account',
  'account.delete.hint': 'This deletes your account and everything saved with it. It can’t be undone.',
  'account.delete.word': 'delete',
  'account.delete.field': 'To confirm, type “{word}”',
  'account.delete.submit': 'Delete account',
  'account.delete.mismatch': 'Type “{word}” to confirm.',
  'account.delete.done': 'Your account was deleted.',
};
