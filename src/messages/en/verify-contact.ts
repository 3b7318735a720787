/** English: the `VERIFY_CONTACT` screen after sign-in (verify an email or phone number used for recovery). */
export const verifyContact = {
  'step.VERIFY_CONTACT.title': 'Verify your contact details',
  'hint.verifyContact': 'Verify how we can reach you, so you can reset your password if you ever forget it.',
  'action.verifyContact.email': 'Email me a code',
  'action.verifyContact.phone_number': 'Text me a code',
};
