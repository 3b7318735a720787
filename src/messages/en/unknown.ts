/** English: the screen for a step this version does not know. */
export const unknown = {
  'step.UNKNOWN.title': 'This sign-in step isn’t supported',
  'hint.unknownStep':
    'The sign-in asked for a step this page can’t show ({step}). Go back and try again, or contact support.',
};
