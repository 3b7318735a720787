/** English: `<auth-account>`'s profile section. Travels with the element. */
export const accountProfile = {
  'account.profile.title': 'Profile',
  'account.profile.submit': 'Save',
  'account.profile.saved': 'Your profile was saved.',
  'account.profile.pending': 'Until you enter the code, you still sign in with {old}.',
  'account.profile.confirmed': 'Confirmed. You now sign in with {value}.',
  'account.profile.cancel': 'Cancel',
};
