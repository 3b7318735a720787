/** English: `<auth-account>`'s two-step verification section. Travels with the element. */
export const accountMfa = {
  'account.mfa.title': 'Two-step verification',
  'account.mfa.off': 'Two-step verification is off: signing in asks only for your password. Turn on a method below.',
  'account.mfa.hint': 'Signing in asks for your password, then for a code from the method used first.',
  'account.mfa.required': 'This account can’t turn two-step verification off completely.',
  'account.mfa.load': 'Show two-step verification',
  'account.mfa.on': 'On',
  'account.mfa.preferred': 'On, used first',
  'account.mfa.turnOn': 'Turn on',
  'account.mfa.turnOff': 'Turn off',
  'account.mfa.prefer': 'Use first',
  'account.mfa.cancel': 'Cancel',
  'account.mfa.totpOn': 'Your authenticator app is on. Next time you sign in, enter the code it shows.',
  'account.mfa.turnedOn': 'It’s on. Next time you sign in, you’ll be asked for a code.',
  'account.mfa.turnedOff': 'It’s off. Signing in no longer uses it.',
  'account.mfa.preferredSet': 'Done. Signing in will ask for this method first.',
  'account.mfa.lastRequired':
    'Two-step verification is required for this account. Turn on another method before turning this one off.',
};
