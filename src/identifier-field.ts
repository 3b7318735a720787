/**
 * The identifier field's kind without reading a configuration: what the first screen needs before Amplify has
 * loaded (the configuration is read by `identifier-kind.ts`, in the Amplify chunk).
 */

/** What the sign-in identifier is: an email address, a phone number, either, or a username. */
export type IdentifierKind = 'email' | 'phone' | 'email-or-phone' | 'username';

/** The kind the `login-mechanism` attribute names (`email`, `phone`; anything else is a username). */
export function loginMechanismKind(loginMechanism?: string | null): IdentifierKind {
  const mechanism = loginMechanism?.trim().toLowerCase();
  return mechanism === 'email' || mechanism === 'phone' ? mechanism : 'username';
}

/** The input type of an identifier field of this kind (`email` brings the email keyboard on phones). */
export const identifierInputType = (kind: IdentifierKind): 'email' | 'tel' | 'text' =>
  kind === 'email' ? 'email' : kind === 'phone' ? 'tel' : 'text';
