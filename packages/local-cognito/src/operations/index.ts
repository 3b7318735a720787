/**
 * Every Cognito operation the server answers, by its X-Amz-Target name. A new operation is a function
 * `(ctx, body) => answer` in the file of its area, listed in that file's table and so here.
 */
import { ACCOUNT_OPERATIONS } from './account.js';
import { ADMIN_OPERATIONS } from './admin.js';
import type { Operation } from './context.js';
import { DEVICE_OPERATIONS } from './devices.js';
import { initiateAuth } from './initiate-auth.js';
import { MFA_SETUP_OPERATIONS } from './mfa-setup.js';
import { respondToAuthChallenge } from './respond-to-auth-challenge.js';
import { TOKEN_OPERATIONS } from './tokens.js';
import { VERIFY_ATTRIBUTE_OPERATIONS } from './verify-attributes.js';
import { WEBAUTHN_OPERATIONS } from './webauthn.js';

export type { Json, Operation, OperationContext } from './context.js';

export const OPERATIONS: ReadonlyMap<string, Operation> = new Map(
  Object.entries({
    InitiateAuth: initiateAuth,
    RespondToAuthChallenge: respondToAuthChallenge,
    ...TOKEN_OPERATIONS,
    ...ACCOUNT_OPERATIONS,
    ...VERIFY_ATTRIBUTE_OPERATIONS,
    ...MFA_SETUP_OPERATIONS,
    ...WEBAUTHN_OPERATIONS,
    ...DEVICE_OPERATIONS,
    ...ADMIN_OPERATIONS,
  }),
);
