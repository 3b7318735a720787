/**
 * The tokens Amplify holds, read from its token store without refreshing them: what tells a refresh that failed on
 * the network (tokens kept) from one Cognito refused (tokens cleared), and names the user while Cognito is out of
 * reach. Loaded only when a refresh failed or another tab changed the session.
 */
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import type { SignedInUser } from '../auth-service.js';
import { nameIn } from './id-token.js';

const held = () => cognitoUserPoolsTokenProvider.authTokenStore.loadTokens().catch(() => null);

/** Whether Amplify holds tokens that can still be refreshed. */
export const holdsSession = async () => Boolean((await held())?.refreshToken);

/** The user of the tokens Amplify holds (expired ones included), from its ID token. */
export async function heldUser(): Promise<SignedInUser | undefined> {
  const tokens = await held();
  const claims = tokens?.refreshToken ? tokens.idToken?.payload : undefined;
  if (!claims || typeof claims.sub !== 'string') return undefined;
  const username = (claims['cognito:username'] as string | undefined) ?? tokens?.username ?? claims.sub;
  return { username, userId: claims.sub, loginId: nameIn(claims) };
}
