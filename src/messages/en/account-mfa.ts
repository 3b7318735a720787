/** English: `<auth-account>`'s two-step verification section. Travels with the element. */
export const accountMfa = {
  'account.mfa.title': 'Two-step verification',
  'account.mfa.off': 'Two-step verification is off: signing in asks only for your password.',
  'account.mfa.hint': 'Signing in asks for your password, then a code from the method used first.',
  'account.mfa.retry': 'Try again',
  'account.mfa.on': 'On',
  'account.mfa.preferred': 'On, used first',
  'account.mfa.turnOn': 'Turn on',
  'account.mfa.turnOff': 'Turn off',
  'account.mfa.prefer': 'Use first',
  'account.mfa.cancel': 'Cancel',
  'account.mfa.totpOn': 'Your authenticator app is on. Next time you sign in, enter the code it shows.',
  'account.mfa.saved': 'Your change was saved.',
  'error.mfaLastRequired':
    'This account must keep two-step verification. Turn on another method before turning this one off.',
};
