/** English: the passkey offer after sign-in. */
export const passkeyPrompt = {
  'action.skip': 'Not now',
  'action.registerPasskey': 'Create a passkey',
  'step.PASSKEY_PROMPT.title': 'Sign in faster next time',
  'hint.passkeyPrompt': 'Create a passkey to sign in with your fingerprint, face or screen lock instead of a password.',
};
