/** English: the custom challenge screen. */
export const customChallenge = {
  'field.answer': 'Answer',
  'action.submit': 'Submit',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Answer the challenge',
  'hint.customChallenge': 'Answer the question to continue.',
};
