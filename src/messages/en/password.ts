/** English: the password screen of a passwordless first factor. */
export const password = {
  'step.CONFIRM_SIGN_IN_WITH_PASSWORD.title': 'Enter your password',
};
