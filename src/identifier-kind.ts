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
export type IdentifierKind = 'email' | 'phone' | 'email-or-phone' | 'username';

/** Values of the `login-mechanism` attribute. */
export type LoginMechanism = 'email' | 'phone' | 'username';

interface LoginWith {
  email?: unknown;
  phone?: unknown;
  username?: unknown;
}

const fromAttributes = (list: unknown): LoginWith | undefined => {
  if (!Array.isArray(list)) return undefined;
  const names = list.map((name) => String(name).toLowerCase());
  return {
    email: names.includes('email'),
    phone: names.includes('phone_number') || names.includes('phone'),
    username: names.includes('username'),
  };
};

const saysSomething = (loginWith: LoginWith | undefined): loginWith is LoginWith =>
  Boolean(loginWith) &&
  ['email', 'phone', 'username'].some((key) => typeof loginWith![key as keyof LoginWith] === 'boolean');

/** The `{ email, phone, username }` the configuration states, or undefined when it says nothing about sign-in names. */
function loginWithOf(config: unknown): LoginWith | undefined {
  if (!config || typeof config !== 'object') return undefined;
  const c = config as {
    auth?: { username_attributes?: unknown; login_with?: LoginWith };
    Auth?: { Cognito?: { loginWith?: LoginWith } };
    aws_cognito_username_attributes?: unknown;
  };
  const candidates: Array<LoginWith | undefined> = [
    fromAttributes(c.auth?.username_attributes),
    c.auth?.login_with,
    c.Auth?.Cognito?.loginWith,
    fromAttributes(c.aws_cognito_username_attributes),
  ];
  return candidates.find(saysSomething);
}

const MECHANISMS: Record<string, IdentifierKind> = { email: 'email', phone: 'phone', username: 'username' };

/**
 * The identifier kind for this configuration and `login-mechanism` attribute (the configuration wins when it says;
 * an unknown attribute value is ignored).
 */
export function identifierKind(config: unknown, loginMechanism?: string | null): IdentifierKind {
  const loginWith = loginWithOf(config);
  if (loginWith) {
    const email = loginWith.email === true;
    const phone = loginWith.phone === true;
    if (loginWith.username === true || (!email && !phone)) return 'username';
    return email && phone ? 'email-or-phone' : email ? 'email' : 'phone';
  }
  return MECHANISMS[loginMechanism?.trim().toLowerCase() ?? ''] ?? 'username';
}

/** The input type of an identifier field of this kind (`email` brings the email keyboard on phones). */
export const identifierInputType = (kind: IdentifierKind): 'email' | 'tel' | 'text' =>
  kind === 'email' ? 'email' : kind === 'phone' ? 'tel' : 'text';
