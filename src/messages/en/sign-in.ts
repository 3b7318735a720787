/** English: the `SIGN_IN` screen (the CDN entry carries it). */
export const signIn = {
  'action.forgotPassword': 'Forgot your password?',
  'social.or': 'or',
  'step.SIGN_IN.title': 'Sign in',
  // Look (issue 22): "Continue with Google"; the provider's name is never translated
  'social.continueWith': 'Continue with {provider}',
};
