/** Pending records this version wrote, and 18 it must refuse (a hand edit, another version, an attacker). */
export const VALID_RECORD = {
  step: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
  username: 'alice@example.com',
  data: { codeDelivery: { destination: '+*******0100', deliveryMedium: 'SMS' } },
  expiresAt: 2_000_000,
};

/** Records a hand edit, another version of the widget or an attacker could leave: none may resume. */
export const CORRUPTED_RECORDS: Array<[string, unknown]> = [
  ['not JSON', '{not json'],
  ['null', null],
  ['a number', 42],
  ['a string', 'CONFIRM_SIGN_IN_WITH_SMS_CODE'],
  ['an array', [VALID_RECORD]],
  ['no step', { ...VALID_RECORD, step: undefined }],
  ['a step that is not a string', { ...VALID_RECORD, step: 7 }],
  ['DONE', { ...VALID_RECORD, step: 'DONE' }],
  ['SIGN_IN', { ...VALID_RECORD, step: 'SIGN_IN' }],
  ['PASSKEY_PROMPT', { ...VALID_RECORD, step: 'PASSKEY_PROMPT' }],
  ['an unknown step', { ...VALID_RECORD, step: 'CONTINUE_SIGN_IN_WITH_SOMETHING_NEW' }],
  ['__proto__ as step', { ...VALID_RECORD, step: '__proto__' }],
  ['no username', { ...VALID_RECORD, username: undefined }],
  ['a username object', { ...VALID_RECORD, username: { toString: 'x' } }],
  ['data not an object', { ...VALID_RECORD, data: 'x' }],
  ['data with an unknown key', { ...VALID_RECORD, data: { html: '<img>' } }],
  ['choices not a list of strings', { ...VALID_RECORD, data: { allowedMFATypes: [{}] } }],
  ['no expiry', { ...VALID_RECORD, expiresAt: 'soon' }],
];
