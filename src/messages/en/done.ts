/** English: the signed-in screen. */
export const done = {
  'action.signOut': 'Sign out',
  'step.DONE.title': 'You’re signed in',
  'hint.signedInAs': 'Signed in as {username}',
};
