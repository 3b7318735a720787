/** English: the new-password-required screen (the attributes it may ask for are in `attributes.ts`). */
export const newPassword = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Choose a new password',
  'hint.newPassword': 'Your temporary password has to be replaced before you continue.',
  'hint.missingAttributes': 'We also need a few details.',
};
