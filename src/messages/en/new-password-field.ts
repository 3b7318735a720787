/** English: the new-password fields and the password rules (new password required, confirm reset). */
export const newPasswordField = {
  'field.newPassword': 'New password',
  'field.confirmPassword': 'Confirm new password',
  'password.rules': 'Your password must have:',
  'password.rule.minLength.one': 'At least {count} character',
  'password.rule.minLength.other': 'At least {count} characters',
  'password.rule.lowercase': 'A lowercase letter from a to z',
  'password.rule.uppercase': 'An uppercase letter from A to Z',
  'password.rule.number': 'A digit from 0 to 9',
  'password.rule.symbol': 'A symbol, such as ! or ?',
  'password.ruleMet': '{rule} (done)',
  'password.ruleUnmet': '{rule} (not yet)',
  // Look (issue 22): each password toggle named for its field
  'action.showNewPassword': 'Show new password',
  'action.showConfirmation': 'Show confirmation',
};
