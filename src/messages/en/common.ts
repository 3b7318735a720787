/**
 * English: every screen's frame and shared labels, and what an error says when nothing more can load (the network
 * is down): loaded with the widget.
 */
export const common = {
  'field.username': 'Username',
  'field.password': 'Password',
  'field.code': 'Code',
  'action.signIn': 'Sign in',
  'action.confirm': 'Confirm',
  'action.resendCode': 'Send a new code',
  'action.backToSignIn': 'Back to sign in',
  'action.changePassword': 'Change password',
  'action.working': 'Please wait…',
  'action.showPassword': 'Show password',
  'action.resendCodeIn.one': 'Send a new code in {count} second',
  'action.resendCodeIn.other': 'Send a new code in {count} seconds',
  'hint.codeResentNoDestination': 'A new code is on its way.',
  'hint.resetRequired': 'Your password must be reset before you can sign in.',
  'error.prefix': 'Error:',
  'error.network': 'We couldn’t reach the sign-in service. Check your connection and try again.',
  // Look (issue 22): the identifier as the pool names it (SIGN_IN, RESET_PASSWORD)
  'field.email': 'Email',
  'field.phone': 'Phone number',
  'field.emailOrPhone': 'Email or phone number',
  // Sign-up (SIGN_IN's link, and the SIGN_UP screen's button)
  'action.createAccount': 'Create account',
  // Issue 24: the code's length, said on each code step (`src/flow/code-length.ts`): here, as the code, reset and
  // contact screens all say it
  'hint.codeLength.one': 'The code has {count} digit.',
  'hint.codeLength.other': 'The code has {count} digits.',
};
