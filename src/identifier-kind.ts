/**
 * What the sign-in identifier is, as the user pool names it: read from the configuration the widget was given,
 * else from the `login-mechanism` attribute (pool ids only, no JSON), else a username.
 *
 * The configuration says it in one of three shapes:
 * - `amplify_outputs.json` (Gen 2): `auth.username_attributes` (`["email"]`, `["phone_number"]`, both), or a
 *   `login_with` object `{ email, phone, username }`;
 * - a `ResourcesConfig`: `Auth.Cognito.loginWith` `{ email, phone, username }` (what `Amplify.getConfig()` holds);
 * - a legacy `aws-exports` object: `aws_cognito_username_attributes` (`["EMAIL", "PHONE_NUMBER"]`).
 *
 * A pool that also accepts its usernames (an alias pool: `username` with `email`) is a username: a field typed for
 * email would refuse what such a user types.
 */
import { loginMechanismKind, type IdentifierKind } from './identifier-field.js';

export { identifierInputType, loginMechanismKind, type IdentifierKind } from './identifier-field.js';

interface LoginWith {
  email?: boolean;
  phone?: boolean;
  username?: boolean;
}

interface Configuration {
  auth?: { username_attributes?: unknown; login_with?: LoginWith };
  Auth?: { Cognito?: { loginWith?: LoginWith } };
  aws_cognito_username_attributes?: unknown;
}

/**
 * The identifier kind for this configuration and `login-mechanism` attribute (the configuration wins when it says;
 * an unknown attribute value is ignored).
 */
export function identifierKind(config: unknown, loginMechanism?: string | null): IdentifierKind {
  const c = (config ?? {}) as Configuration;
  const list = c.auth?.username_attributes ?? c.aws_cognito_username_attributes;
  // A list of attribute names (`email`, `phone_number`, any case), else a `{ email, phone, username }` object.
  const names = Array.isArray(list) ? list.join().toLowerCase() : undefined;
  const { email, phone, username } =
    names === undefined
      ? (c.auth?.login_with ?? c.Auth?.Cognito?.loginWith ?? {})
      : { email: names.includes('email'), phone: names.includes('phone'), username: names.includes('username') };
  if (email === undefined && phone === undefined && username === undefined) return loginMechanismKind(loginMechanism);
  if (username || (!email && !phone)) return 'username';
  return email && phone ? 'email-or-phone' : email ? 'email' : 'phone';
}
