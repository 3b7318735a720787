/** Passkeys of a signed-in user: registration, list, deletion (the sign-in side is challenges/web-authn.ts). */
import { generateRegistrationOptions, verifyRegistrationResponse } from '@simplewebauthn/server';

import { CognitoError, invalidParameter, missingParameter } from '../errors.js';
import { nowSec, str, type Json, type Operation, type OperationContext } from './context.js';
import { userOfAccessToken } from './tokens.js';

/** A WebAuthn credential as JSON (object or string); InvalidParameterException otherwise. */
export function parseCredential(raw: unknown): Json {
  let credential = raw;
  if (typeof credential === 'string') {
    try {
      credential = JSON.parse(credential);
    } catch {
      throw invalidParameter('Credential is not valid JSON');
    }
  }
  const json = credential as Json;
  if (!json || typeof json !== 'object' || typeof json.id !== 'string' || typeof json.response !== 'object')
    throw missingParameter('Credential');
  return json;
}

/** What a registration or an assertion must match: this server's origins and relying party. */
export function expectedBy(ctx: OperationContext) {
  return {
    expectedOrigin: ctx.webauthn.origins,
    expectedRPID: ctx.webauthn.rpId,
    requireUserVerification: false,
  };
}

function registrationError(err: unknown): CognitoError {
  const message = err instanceof Error ? err.message : String(err);
  if (/origin/i.test(message)) return new CognitoError('WebAuthnOriginNotAllowedException', message);
  if (/rp ?id/i.test(message)) return new CognitoError('WebAuthnRelyingPartyMismatchException', message);
  if (/challenge/i.test(message)) return new CognitoError('WebAuthnChallengeNotFoundException', message);
  return new CognitoError('WebAuthnCredentialNotSupportedException', message);
}

const startWebAuthnRegistration: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  const options = await generateRegistrationOptions({
    rpName: 'auth-sign-in local',
    rpID: ctx.webauthn.rpId,
    userName: user.username,
    userID: Buffer.from(user.webauthnUserId, 'base64url'),
    userDisplayName: user.attributes.name ?? user.attributes.given_name ?? user.username,
    attestationType: 'none',
    timeout: 180_000,
    excludeCredentials: user.passkeys.map((passkey) => ({
      id: passkey.credentialId,
      transports: passkey.transports as any,
    })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  user.registration = { challenge: options.challenge, expires: ctx.now() + 5 * 60_000 };
  return { CredentialCreationOptions: options };
};

const completeWebAuthnRegistration: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  const credential = parseCredential(body.Credential);
  const registration = user.registration;
  if (!registration || registration.expires <= ctx.now())
    throw new CognitoError('WebAuthnChallengeNotFoundException', 'No pending WebAuthn registration for the user');
  let result;
  try {
    result = await verifyRegistrationResponse({
      response: credential as any,
      expectedChallenge: registration.challenge,
      ...expectedBy(ctx),
    });
  } catch (err) {
    throw registrationError(err);
  }
  if (!result.verified)
    throw new CognitoError('WebAuthnCredentialNotSupportedException', 'The credential could not be verified');
  user.registration = undefined;
  const info = result.registrationInfo;
  if (ctx.pool.users.all().some((other) => other.passkeys.some((p) => p.credentialId === info.credential.id)))
    throw new CognitoError('WebAuthnCredentialNotSupportedException', 'This credential is already registered');
  user.passkeys.push({
    credentialId: info.credential.id,
    publicKey: Buffer.from(info.credential.publicKey).toString('base64url'),
    counter: info.credential.counter,
    transports: (credential.response?.transports as string[] | undefined) ?? info.credential.transports ?? [],
    createdAt: nowSec(ctx),
    friendlyName: `Passkey ${user.passkeys.length + 1}`,
    attachment: str(credential.authenticatorAttachment),
    rpId: ctx.webauthn.rpId,
  });
  ctx.pool.persist();
  return {};
};

const listWebAuthnCredentials: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  return {
    Credentials: user.passkeys.map((passkey) => ({
      CredentialId: passkey.credentialId,
      FriendlyCredentialName: passkey.friendlyName,
      RelyingPartyId: passkey.rpId,
      ...(passkey.attachment ? { AuthenticatorAttachment: passkey.attachment } : {}),
      AuthenticatorTransports: passkey.transports,
      CreatedAt: passkey.createdAt,
    })),
  };
};

const deleteWebAuthnCredential: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  const id = str(body.CredentialId);
  if (!id) throw missingParameter('CredentialId');
  const before = user.passkeys.length;
  user.passkeys = user.passkeys.filter((passkey) => passkey.credentialId !== id);
  if (user.passkeys.length === before) throw new CognitoError('ResourceNotFoundException', 'Credential not found.');
  ctx.pool.persist();
  return {};
};

export const WEBAUTHN_OPERATIONS = {
  StartWebAuthnRegistration: startWebAuthnRegistration,
  CompleteWebAuthnRegistration: completeWebAuthnRegistration,
  ListWebAuthnCredentials: listWebAuthnCredentials,
  DeleteWebAuthnCredential: deleteWebAuthnCredential,
} satisfies Record<string, Operation>;
