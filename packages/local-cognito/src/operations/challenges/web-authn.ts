/** WEB_AUTHN: a passkey assertion as the first factor of USER_AUTH. */
import { generateAuthenticationOptions, verifyAuthenticationResponse } from '@simplewebauthn/server';

import { notAuthorized } from '../../errors.js';
import type { SessionIn } from '../../store/sessions.js';
import type { Json, OperationContext } from '../context.js';
import { finishSignIn, nextChallenge, type SignIn } from '../sign-in.js';
import { expectedBy, parseCredential } from '../webauthn.js';

export async function startWebAuthnChallenge(ctx: OperationContext, signIn: SignIn): Promise<Json> {
  const options = await generateAuthenticationOptions({
    rpID: ctx.webauthn.rpId,
    allowCredentials: signIn.user.passkeys.map((passkey) => ({
      id: passkey.credentialId,
      transports: passkey.transports as any,
    })),
    userVerification: 'preferred',
    timeout: 180_000,
  });
  return nextChallenge(
    ctx,
    signIn,
    { challenge: 'WEB_AUTHN', webauthnChallenge: options.challenge },
    { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options) },
  );
}

/** Verifies the assertion against the user's passkey; a failure ends the session. */
export async function answerWebAuthn(
  ctx: OperationContext,
  signIn: SignIn & { session: SessionIn<'WEB_AUTHN'> },
  responses: Json,
): Promise<Json> {
  const { user, session } = signIn;
  const credential = parseCredential(responses.CREDENTIAL);
  const passkey = user.passkeys.find((candidate) => candidate.credentialId === credential.id);
  if (!passkey) throw notAuthorized('Incorrect passkey for the user.');
  let result;
  try {
    result = await verifyAuthenticationResponse({
      response: credential as any,
      expectedChallenge: session.webauthnChallenge,
      ...expectedBy(ctx),
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(Buffer.from(passkey.publicKey, 'base64url')),
        counter: passkey.counter,
        transports: passkey.transports as any,
      },
    });
  } catch (err) {
    ctx.pool.sessions.end(session);
    throw notAuthorized(`Passkey authentication failed: ${err instanceof Error ? err.message : err}`);
  }
  if (!result.verified) {
    ctx.pool.sessions.end(session);
    throw notAuthorized('Passkey authentication failed.');
  }
  passkey.counter = result.authenticationInfo.newCounter;
  ctx.pool.persist();
  return finishSignIn(ctx, signIn);
}
