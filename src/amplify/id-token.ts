/** The person in the ID token: asked once a sign-in completes (every sign-in, so not a chunk of its own). */
import { fetchAuthSession } from 'aws-amplify/auth';

/**
 * The email, phone number or preferred username in the ID token: what names the person in a pool whose username is
 * a generated UUID, and after a social sign-in (`google_…`), where nothing was typed.
 */
export async function loginIdFromIdToken(): Promise<string | undefined> {
  return nameIn((await fetchAuthSession()).tokens?.idToken?.payload ?? {});
}

/** The email, phone number or preferred username among an ID token's claims. */
export function nameIn(claims: Record<string, unknown>): string | undefined {
  const named = [claims.email, claims.phone_number, claims.preferred_username].find((v) => typeof v === 'string');
  return named as string | undefined;
}
