/**
 * Passkeys against the server with a software authenticator written here (ES256 key from node:crypto,
 * attestation "none", authenticator data and CBOR built by hand). Raw calls: Amplify needs a browser for passkeys.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startCognitoServer, type RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import { CLIENT_ID } from '../../packages/local-cognito/src/seed.js';
import { PASSWORD, call, reset } from './helpers.js';

const ORIGIN = 'http://localhost:8000';

// ---- minimal CBOR encoder (ints, byte strings, text strings, maps)
function cborHead(major: number, n: number): Buffer {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 256) return Buffer.from([(major << 5) | 24, n]);
  if (n < 65536) return Buffer.from([(major << 5) | 25, n >> 8, n & 0xff]);
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(n, 1);
  return b;
}
type Cbor = number | string | Buffer | Map<Cbor, Cbor>;
function cbor(v: Cbor): Buffer {
  if (typeof v === 'number') return v >= 0 ? cborHead(0, v) : cborHead(1, -1 - v);
  if (typeof v === 'string') {
    const s = Buffer.from(v, 'utf8');
    return Buffer.concat([cborHead(3, s.length), s]);
  }
  if (Buffer.isBuffer(v)) return Buffer.concat([cborHead(2, v.length), v]);
  const parts: Buffer[] = [cborHead(5, v.size)];
  for (const [k, val] of v) parts.push(cbor(k), cbor(val));
  return Buffer.concat(parts);
}

const b64url = (b: Buffer) => b.toString('base64url');

class SoftwareAuthenticator {
  readonly credentialId = randomBytes(32);
  private privateKey: KeyObject;
  private cose: Buffer;
  counter = 0;
  userHandle?: string;

  constructor(private rpId = 'localhost') {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKey = privateKey;
    const jwk = publicKey.export({ format: 'jwk' });
    this.cose = cbor(
      new Map<Cbor, Cbor>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x!, 'base64url')],
        [-3, Buffer.from(jwk.y!, 'base64url')],
      ]),
    );
  }

  private authData(flags: number, attested?: Buffer): Buffer {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(this.counter);
    const rpIdHash = createHash('sha256').update(this.rpId).digest();
    return Buffer.concat([rpIdHash, Buffer.from([flags]), count, ...(attested ? [attested] : [])]);
  }

  create(options: any, origin = ORIGIN) {
    this.userHandle = options.user.id;
    const clientData = Buffer.from(
      JSON.stringify({ type: 'webauthn.create', challenge: options.challenge, origin, crossOrigin: false }),
    );
    const idLen = Buffer.alloc(2);
    idLen.writeUInt16BE(this.credentialId.length);
    const attested = Buffer.concat([Buffer.alloc(16), idLen, this.credentialId, this.cose]);
    const authData = this.authData(0x01 | 0x04 | 0x40, attested);
    const attestationObject = cbor(
      new Map<Cbor, Cbor>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]),
    );
    return this.credential({
      clientDataJSON: b64url(clientData),
      attestationObject: b64url(attestationObject),
      transports: ['internal'],
    });
  }

  /** The credential JSON a browser hands to the relying party, around `response`. */
  private credential(response: Record<string, unknown>) {
    return {
      id: b64url(this.credentialId),
      rawId: b64url(this.credentialId),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response,
    };
  }

  get(options: any, origin = ORIGIN, bumpCounter = true) {
    if (bumpCounter) this.counter += 1;
    const clientData = Buffer.from(
      JSON.stringify({ type: 'webauthn.get', challenge: options.challenge, origin, crossOrigin: false }),
    );
    const authData = this.authData(0x01 | 0x04);
    const signature = sign(
      'sha256',
      Buffer.concat([authData, createHash('sha256').update(clientData).digest()]),
      this.privateKey,
    );
    return this.credential({
      clientDataJSON: b64url(clientData),
      authenticatorData: b64url(authData),
      signature: b64url(signature),
      userHandle: this.userHandle,
    });
  }
}

async function accessToken(server: RunningCognitoServer, username = 'passkey@example.com'): Promise<string> {
  const r = await call(server, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: CLIENT_ID,
    AuthParameters: { USERNAME: username, PASSWORD },
  });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body.AuthenticationResult.AccessToken;
}

async function register(server: RunningCognitoServer, auth: SoftwareAuthenticator, token: string, origin = ORIGIN) {
  const start = await call(server, 'StartWebAuthnRegistration', { AccessToken: token });
  assert.equal(start.status, 200, JSON.stringify(start.body));
  return call(server, 'CompleteWebAuthnRegistration', {
    AccessToken: token,
    Credential: auth.create(start.body.CredentialCreationOptions, origin),
  });
}

async function webAuthnChallenge(server: RunningCognitoServer) {
  const r = await call(server, 'InitiateAuth', {
    AuthFlow: 'USER_AUTH',
    ClientId: CLIENT_ID,
    AuthParameters: { USERNAME: 'passkey@example.com', PREFERRED_CHALLENGE: 'WEB_AUTHN' },
  });
  assert.equal(r.body.ChallengeName, 'WEB_AUTHN', JSON.stringify(r.body));
  return {
    session: r.body.Session as string,
    options: JSON.parse(r.body.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS),
  };
}

describe('WebAuthn (software authenticator)', () => {
  let server: RunningCognitoServer;
  before(async () => {
    server = await startCognitoServer({ port: 0 });
  });
  after(async () => {
    await server.close();
  });
  beforeEach(async () => {
    await reset(server);
  });

  it('registration options have the documented shape', async () => {
    const token = await accessToken(server);
    const r = await call(server, 'StartWebAuthnRegistration', { AccessToken: token });
    const o = r.body.CredentialCreationOptions;
    assert.equal(o.rp.id, 'localhost');
    assert.equal(o.rp.name, 'auth-sign-in local');
    assert.equal(o.user.name, 'passkey@example.com');
    assert.equal(o.authenticatorSelection.residentKey, 'preferred');
    assert.equal(o.authenticatorSelection.userVerification, 'preferred');
    assert.ok(typeof o.challenge === 'string' && o.challenge.length > 16);
    assert.deepEqual(o.excludeCredentials, []);
  });

  it('registers, lists, signs in with WEB_AUTHN, rejects a replayed counter, deletes', async () => {
    const auth = new SoftwareAuthenticator();
    const token = await accessToken(server);
    const done = await register(server, auth, token);
    assert.equal(done.status, 200, JSON.stringify(done.body));

    const list = await call(server, 'ListWebAuthnCredentials', { AccessToken: token });
    assert.equal(list.body.Credentials.length, 1);
    const c = list.body.Credentials[0];
    assert.equal(c.CredentialId, b64url(auth.credentialId));
    assert.equal(c.RelyingPartyId, 'localhost');
    assert.equal(c.AuthenticatorAttachment, 'platform');
    assert.deepEqual(c.AuthenticatorTransports, ['internal']);
    assert.equal(typeof c.CreatedAt, 'number');
    assert.ok(c.FriendlyCredentialName);

    // The same authenticator cannot be registered twice: it is in excludeCredentials.
    const again = await call(server, 'StartWebAuthnRegistration', { AccessToken: token });
    assert.deepEqual(
      again.body.CredentialCreationOptions.excludeCredentials.map((e: any) => e.id),
      [c.CredentialId],
    );

    const select = await call(server, 'InitiateAuth', {
      AuthFlow: 'USER_AUTH',
      ClientId: CLIENT_ID,
      AuthParameters: { USERNAME: 'passkey@example.com' },
    });
    assert.deepEqual(select.body.AvailableChallenges, ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'WEB_AUTHN']);

    let { session, options } = await webAuthnChallenge(server);
    assert.equal(options.rpId, 'localhost');
    assert.equal(options.userVerification, 'preferred');
    assert.deepEqual(
      options.allowCredentials.map((a: any) => a.id),
      [c.CredentialId],
    );
    const ok = await call(server, 'RespondToAuthChallenge', {
      ChallengeName: 'WEB_AUTHN',
      ClientId: CLIENT_ID,
      Session: session,
      ChallengeResponses: { USERNAME: 'passkey@example.com', CREDENTIAL: JSON.stringify(auth.get(options)) },
    });
    assert.ok(ok.body.AuthenticationResult?.AccessToken, JSON.stringify(ok.body));

    ({ session, options } = await webAuthnChallenge(server));
    const replay = await call(server, 'RespondToAuthChallenge', {
      ChallengeName: 'WEB_AUTHN',
      ClientId: CLIENT_ID,
      Session: session,
      ChallengeResponses: {
        USERNAME: 'passkey@example.com',
        CREDENTIAL: JSON.stringify(auth.get(options, ORIGIN, false)),
      },
    });
    assert.equal(replay.body.__type, 'NotAuthorizedException');

    ({ session, options } = await webAuthnChallenge(server));
    const wrongOrigin = await call(server, 'RespondToAuthChallenge', {
      ChallengeName: 'WEB_AUTHN',
      ClientId: CLIENT_ID,
      Session: session,
      ChallengeResponses: {
        USERNAME: 'passkey@example.com',
        CREDENTIAL: JSON.stringify(auth.get(options, 'http://evil.example')),
      },
    });
    assert.equal(wrongOrigin.body.__type, 'NotAuthorizedException');

    const del = await call(server, 'DeleteWebAuthnCredential', { AccessToken: token, CredentialId: c.CredentialId });
    assert.equal(del.status, 200);
    assert.deepEqual((await call(server, 'ListWebAuthnCredentials', { AccessToken: token })).body.Credentials, []);
    assert.equal(
      (await call(server, 'DeleteWebAuthnCredential', { AccessToken: token, CredentialId: c.CredentialId })).body
        .__type,
      'ResourceNotFoundException',
    );
  });

  it('one assertion sent three times at once on one session gives tokens once', async () => {
    const auth = new SoftwareAuthenticator();
    assert.equal((await register(server, auth, await accessToken(server))).status, 200);
    const { session, options } = await webAuthnChallenge(server);
    const credential = JSON.stringify(auth.get(options));
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        call(server, 'RespondToAuthChallenge', {
          ChallengeName: 'WEB_AUTHN',
          ClientId: CLIENT_ID,
          Session: session,
          ChallengeResponses: { USERNAME: 'passkey@example.com', CREDENTIAL: credential },
        }),
      ),
    );
    const tokens = answers.filter((answer) => answer.body.AuthenticationResult?.AccessToken);
    assert.equal(tokens.length, 1, JSON.stringify(answers.map((answer) => answer.body.__type ?? 'tokens')));
    for (const answer of answers.filter((candidate) => !candidate.body.AuthenticationResult))
      assert.equal(answer.body.__type, 'NotAuthorizedException');
  });

  it('accepts a SELECT_CHALLENGE answer on a session waiting for WEB_AUTHN (cancelled passkey)', async () => {
    const auth = new SoftwareAuthenticator();
    assert.equal((await register(server, auth, await accessToken(server))).status, 200);
    const { session } = await webAuthnChallenge(server);
    const r = await call(server, 'RespondToAuthChallenge', {
      ChallengeName: 'SELECT_CHALLENGE',
      ClientId: CLIENT_ID,
      Session: session,
      ChallengeResponses: { USERNAME: 'passkey@example.com', ANSWER: 'PASSWORD', PASSWORD },
    });
    assert.ok(r.body.AuthenticationResult?.IdToken, JSON.stringify(r.body));
  });

  it('rejects a registration from a foreign origin', async () => {
    const r = await register(server, new SoftwareAuthenticator(), await accessToken(server), 'http://evil.example');
    assert.equal(r.status, 400);
    assert.equal(r.body.__type, 'WebAuthnOriginNotAllowedException');
  });

  it('persists passkeys in the data file across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cognito-local-'));
    const dataFile = join(dir, 'data.json');
    try {
      const auth = new SoftwareAuthenticator();
      const first = await startCognitoServer({ port: 0, dataFile });
      try {
        assert.equal((await register(first, auth, await accessToken(first))).status, 200);
        const signUp = await call(first, 'SignUp', {
          ClientId: CLIENT_ID,
          Username: 'carol@example.com',
          Password: 'C4rolPassw0rd!',
        });
        assert.equal(signUp.status, 200);
      } finally {
        await first.close();
      }
      const saved = JSON.parse(readFileSync(dataFile, 'utf8'));
      assert.equal(saved.passkeys['passkey@example.com'].length, 1);
      const second = await startCognitoServer({ port: 0, dataFile });
      try {
        const list = await call(second, 'ListWebAuthnCredentials', { AccessToken: await accessToken(second) });
        assert.equal(list.body.Credentials[0].CredentialId, b64url(auth.credentialId));
        const { session, options } = await webAuthnChallenge(second);
        const ok = await call(second, 'RespondToAuthChallenge', {
          ChallengeName: 'WEB_AUTHN',
          ClientId: CLIENT_ID,
          Session: session,
          ChallengeResponses: { USERNAME: 'passkey@example.com', CREDENTIAL: JSON.stringify(auth.get(options)) },
        });
        assert.ok(ok.body.AuthenticationResult, JSON.stringify(ok.body));
        const carol = await call(second, 'InitiateAuth', {
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: CLIENT_ID,
          AuthParameters: { USERNAME: 'carol@example.com', PASSWORD: 'C4rolPassw0rd!' },
        });
        assert.equal(carol.body.__type, 'UserNotConfirmedException');
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
