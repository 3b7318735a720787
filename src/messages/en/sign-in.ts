/** English: the `SIGN_IN` screen (the CDN entry carries it). */
export const signIn = {
  'action.forgotPassword': 'Forgot your password?',
  'social.signInWith': 'Sign in with {provider}',
  'social.or': 'or',
  'step.SIGN_IN.title': 'Sign in',
};
