/**
 * What the flow needs off the sign-in path (sign-up, password reset, a new password, contact verification, passkey
 * registration): one lazy chunk, loaded the first time `answers.ts` reads such an answer or `calls.ts` makes such a
 * call.
 */
export { OFF_PATH_READERS } from './off-path-answers.js';
export { OFF_PATH_ROWS } from './off-path-calls.js';
