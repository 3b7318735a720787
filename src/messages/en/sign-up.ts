/** English: the `SIGN_UP` screen and the "check your email" screen of a sign-up confirmed by link. */
export const signUp = {
  'step.SIGN_UP.title': 'Create your account',
  'hint.phoneNumber': 'Start with + and your country code, for example +14255550100.',
  'hint.signUpNoPassword': 'No password needed: you’ll sign in with a code we send you.',
  'action.haveAccount': 'Already have an account? Sign in',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Check your email',
  'hint.signUpLink':
    'We sent a link to {destination}. Open it to confirm your account, and this page will continue on its own.',
  'hint.signUpLinkNoDestination':
    'We sent you a link. Open it to confirm your account, and this page will continue on its own.',
  'action.resendLink': 'Send a new link',
};
