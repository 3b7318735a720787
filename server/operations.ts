/** The Cognito Identity Provider operations Amplify JS v6 uses, against PoolState. */
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';

import { CLIENT_ID, CUSTOM_ANSWER, CUSTOM_QUESTION, POOL_NAME, type MfaType } from './seed.js';
import { computeKey, computeSignature, N, newServerEphemeral, parseHexBigInt } from './srp.js';
import { CognitoError, maskEmail, maskPhone, PoolState, type SignInSession, type User } from './state.js';
import { issueTokens, verifyToken, type TokenKeys } from './tokens.js';

type Json = Record<string, any>;

export interface OperationContext {
  state: PoolState;
  keys: TokenKeys;
  issuer: () => string;
  rpId: string;
  allowedOrigins: string[];
}

const ERR = {
  incorrectPassword: () => new CognitoError('NotAuthorizedException', 'Incorrect username or password.'),
  locked: () => new CognitoError('NotAuthorizedException', 'Password attempts exceeded'),
  param: (m: string) => new CognitoError('InvalidParameterException', m),
  codeMismatch: () => new CognitoError('CodeMismatchException', 'Invalid code or auth state for the user.'),
  sessionInvalid: () => new CognitoError('NotAuthorizedException', 'Invalid session for the user.'),
};

const TOKEN_TTL = 3600;

export function passwordPolicyError(password: unknown): CognitoError | undefined {
  if (typeof password !== 'string') return ERR.param('Missing required parameter Password');
  const problems: string[] = [];
  if (password.length < 8) problems.push('Password not long enough');
  if (!/[A-Z]/.test(password)) problems.push('Password must have uppercase characters');
  if (!/[a-z]/.test(password)) problems.push('Password must have lowercase characters');
  if (!/[0-9]/.test(password)) problems.push('Password must have numeric characters');
  if (!/[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/.test(password)) problems.push('Password must have symbol characters');
  if (password.length > 256) problems.push('Password too long');
  if (problems.length)
    return new CognitoError('InvalidPasswordException', `Password did not conform with policy: ${problems[0]}`);
  return undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function checkClientId(body: Json): void {
  const id = body.ClientId;
  if (typeof id !== 'string' || !id) throw ERR.param('Missing required parameter ClientId');
  if (id !== CLIENT_ID) throw new CognitoError('ResourceNotFoundException', `User pool client ${id} does not exist.`);
}

function safeEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

function totpValid(secret: string, code: unknown, now: number): boolean {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return false;
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  return totp.validate({ token: code, timestamp: now, window: 1 }) !== null;
}

export class Operations {
  constructor(private ctx: OperationContext) {}

  private get state() {
    return this.ctx.state;
  }

  has(op: string): boolean {
    return op in this.table;
  }

  run(op: string, body: Json): Promise<Json> {
    return this.table[op](body);
  }

  private table: Record<string, (b: Json) => Promise<Json>> = {
    InitiateAuth: (b) => this.initiateAuth(b),
    RespondToAuthChallenge: (b) => this.respondToAuthChallenge(b),
    AssociateSoftwareToken: (b) => this.associateSoftwareToken(b),
    VerifySoftwareToken: (b) => this.verifySoftwareToken(b),
    SignUp: (b) => this.signUp(b),
    ConfirmSignUp: (b) => this.confirmSignUp(b),
    ResendConfirmationCode: (b) => this.resendConfirmationCode(b),
    ForgotPassword: (b) => this.forgotPassword(b),
    ConfirmForgotPassword: (b) => this.confirmForgotPassword(b),
    GetUser: (b) => this.getUser(b),
    GetTokensFromRefreshToken: (b) => this.getTokensFromRefreshToken(b),
    GlobalSignOut: (b) => this.globalSignOut(b),
    RevokeToken: (b) => this.revokeToken(b),
    ConfirmDevice: (b) => this.confirmDevice(b),
    SetUserMFAPreference: (b) => this.setUserMFAPreference(b),
    ChangePassword: (b) => this.changePassword(b),
    UpdateUserAttributes: (b) => this.updateUserAttributes(b),
    DeleteUser: async (b) => {
      const user = await this.authUser(b.AccessToken);
      this.state.users.delete(user.username);
      for (const rec of this.state.refreshTokens.values()) if (rec.username === user.username) rec.revoked = true;
      this.state.persist();
      return {};
    },
    ListDevices: async (b) => {
      const user = await this.authUser(b.AccessToken);
      return {
        Devices: user.devices.map((d) => ({
          DeviceKey: d.key,
          DeviceAttributes: [{ Name: 'device_name', Value: d.name ?? '' }],
          DeviceCreateDate: d.createdAt,
          DeviceLastModifiedDate: d.createdAt,
        })),
      };
    },
    ForgetDevice: async (b) => {
      const user = await this.authUser(b.AccessToken);
      user.devices = user.devices.filter((d) => d.key !== b.DeviceKey);
      return {};
    },
    StartWebAuthnRegistration: (b) => this.startWebAuthnRegistration(b),
    CompleteWebAuthnRegistration: (b) => this.completeWebAuthnRegistration(b),
    ListWebAuthnCredentials: (b) => this.listWebAuthnCredentials(b),
    DeleteWebAuthnCredential: (b) => this.deleteWebAuthnCredential(b),
  };

  // ---------------------------------------------------------------- tokens

  private async authResult(user: User, refresh = true): Promise<Json> {
    const nowSec = Math.floor(this.state.now() / 1000);
    const originJti = randomUUID();
    const tokens = await issueTokens({
      keys: this.ctx.keys,
      issuer: this.ctx.issuer(),
      clientId: CLIENT_ID,
      nowSec,
      authTime: nowSec,
      originJti,
      sub: user.sub,
      username: user.username,
      attributes: user.attributes,
      expiresIn: TOKEN_TTL,
    });
    const result: Json = {
      AccessToken: tokens.AccessToken,
      ExpiresIn: TOKEN_TTL,
      TokenType: 'Bearer',
      IdToken: tokens.IdToken,
    };
    if (refresh) {
      const rt = randomBytes(96).toString('base64url');
      this.state.refreshTokens.set(rt, { username: user.username, authTime: nowSec, originJti, revoked: false });
      result.RefreshToken = rt;
    }
    user.failedPasswords = 0;
    return { AuthenticationResult: result, ChallengeParameters: {} };
  }

  private async refreshResult(token: unknown): Promise<Json> {
    const rec = typeof token === 'string' ? this.state.refreshTokens.get(token) : undefined;
    if (typeof token !== 'string' || !token) throw ERR.param('Missing required parameter REFRESH_TOKEN');
    if (!rec || rec.revoked) throw new CognitoError('NotAuthorizedException', 'Invalid Refresh Token');
    const user = this.state.findUser(rec.username);
    if (!user) throw new CognitoError('NotAuthorizedException', 'Invalid Refresh Token');
    const nowSec = Math.floor(this.state.now() / 1000);
    const tokens = await issueTokens({
      keys: this.ctx.keys,
      issuer: this.ctx.issuer(),
      clientId: CLIENT_ID,
      nowSec,
      authTime: rec.authTime,
      originJti: rec.originJti,
      sub: user.sub,
      username: user.username,
      attributes: user.attributes,
      expiresIn: TOKEN_TTL,
    });
    return {
      AuthenticationResult: {
        AccessToken: tokens.AccessToken,
        ExpiresIn: TOKEN_TTL,
        TokenType: 'Bearer',
        IdToken: tokens.IdToken,
      },
      ChallengeParameters: {},
    };
  }

  /** Validates an access token and returns its user. */
  private async authUser(token: unknown): Promise<User> {
    if (typeof token !== 'string' || !token) throw ERR.param('Missing required parameter AccessToken');
    const payload = await verifyToken(this.ctx.keys, token, this.ctx.issuer());
    if (!payload || payload.token_use !== 'access')
      throw new CognitoError('NotAuthorizedException', 'Invalid Access Token');
    if (typeof payload.exp === 'number' && payload.exp * 1000 <= this.state.now())
      throw new CognitoError('NotAuthorizedException', 'Access Token has expired');
    if (this.state.revokedOrigins.has(String(payload.origin_jti)))
      throw new CognitoError('NotAuthorizedException', 'Access Token has been revoked');
    const user = this.state.findUser(payload.username);
    if (!user || user.sub !== payload.sub) throw new CognitoError('NotAuthorizedException', 'Invalid Access Token');
    return user;
  }

  // ---------------------------------------------------------------- sign-in steps

  private challenge(session: SignInSession, params: Record<string, string> = {}): Json {
    return { ChallengeName: session.challenge, Session: session.id, ChallengeParameters: params };
  }

  private checkLock(user: User): void {
    if (user.lockedUntil > this.state.now()) throw ERR.locked();
    if (user.lockedUntil) {
      user.lockedUntil = 0;
      user.failedPasswords = 0;
    }
  }

  private passwordFailed(user: User): CognitoError {
    user.failedPasswords += 1;
    if (user.failedPasswords >= 5) {
      user.lockedUntil = this.state.now() + 15 * 60_000;
    }
    return ERR.incorrectPassword();
  }

  private checkPassword(user: User, password: unknown): void {
    if (typeof password !== 'string' || !password) throw ERR.param('Missing required parameter PASSWORD');
    this.checkLock(user);
    if (!safeEqual(password, user.password)) throw this.passwordFailed(user);
    user.failedPasswords = 0;
  }

  private statusCheckBeforePassword(user: User): void {
    if (user.status === 'RESET_REQUIRED')
      throw new CognitoError('PasswordResetRequiredException', 'Password reset required for the user');
  }

  private startPasswordVerifier(user: User, srpA: unknown, flow: SignInSession['flow'], prev?: SignInSession): Json {
    const A = parseHexBigInt(str(srpA) ?? '');
    if (A === undefined) throw ERR.param('Missing required parameter SRP_A');
    if (A % N === 0n) throw ERR.param('Invalid SRP_A');
    this.statusCheckBeforePassword(user);
    const { b, B } = newServerEphemeral(user.verifier);
    const secretBlock = randomBytes(512).toString('base64');
    const extra = { srp: { A, b, B, secretBlock } };
    const session = prev
      ? this.state.advance(prev, 'PASSWORD_VERIFIER', extra)
      : this.state.newSession(user.username, 'PASSWORD_VERIFIER', flow, extra);
    return this.challenge(session, {
      SALT: user.salt,
      SRP_B: B.toString(16),
      SECRET_BLOCK: secretBlock,
      USER_ID_FOR_SRP: user.username,
      USERNAME: user.username,
    });
  }

  private verifyPasswordClaim(user: User, session: SignInSession, r: Json): void {
    const srp = session.srp;
    if (!srp) throw ERR.sessionInvalid();
    this.checkLock(user);
    const block = str(r.PASSWORD_CLAIM_SECRET_BLOCK);
    const signature = str(r.PASSWORD_CLAIM_SIGNATURE);
    const timestamp = str(r.TIMESTAMP);
    if (!block || !signature || !timestamp)
      throw ERR.param('Missing required parameter PASSWORD_CLAIM_SIGNATURE, PASSWORD_CLAIM_SECRET_BLOCK or TIMESTAMP');
    if (block !== srp.secretBlock) throw ERR.sessionInvalid();
    const key = computeKey(srp.A, srp.B, srp.b, user.verifier);
    const expected = computeSignature(key, POOL_NAME, user.username, srp.secretBlock, timestamp);
    if (!safeEqual(expected, signature)) {
      this.state.endSession(session);
      throw this.passwordFailed(user);
    }
    user.failedPasswords = 0;
  }

  /** After a verified password: account state, then custom challenge or MFA. */
  private async afterPassword(user: User, prev: SignInSession | undefined, flow: SignInSession['flow']): Promise<Json> {
    this.statusCheckBeforePassword(user);
    if (user.status === 'UNCONFIRMED') {
      if (prev) this.state.endSession(prev);
      throw new CognitoError('UserNotConfirmedException', 'User is not confirmed.');
    }
    const next = (challenge: SignInSession['challenge'], extra: Partial<SignInSession> = {}) =>
      prev
        ? this.state.advance(prev, challenge, { passwordVerified: true, ...extra })
        : this.state.newSession(user.username, challenge, flow, { passwordVerified: true, ...extra });
    if (user.status === 'FORCE_CHANGE_PASSWORD') {
      const attrs = { ...user.attributes };
      delete attrs.sub;
      delete attrs.email_verified;
      delete attrs.phone_number_verified;
      return this.challenge(next('NEW_PASSWORD_REQUIRED'), {
        USER_ID_FOR_SRP: user.username,
        requiredAttributes: JSON.stringify(user.requiredAttributes.map((a) => `userAttributes.${a}`)),
        userAttributes: JSON.stringify(attrs),
      });
    }
    if (flow === 'CUSTOM_AUTH') {
      return this.challenge(next('CUSTOM_CHALLENGE', { customWrong: 0 }), {
        USERNAME: user.username,
        question: CUSTOM_QUESTION,
      });
    }
    return this.mfaStep(user, prev, flow);
  }

  private enabledMfa(user: User): MfaType[] {
    return user.mfaEnabled.filter((m) => {
      if (m === 'SMS_MFA') return !!user.attributes.phone_number;
      if (m === 'EMAIL_OTP') return !!user.attributes.email;
      if (m === 'SOFTWARE_TOKEN_MFA') return !!user.totpSecret;
      return false;
    });
  }

  private async mfaStep(user: User, prev: SignInSession | undefined, flow: SignInSession['flow']): Promise<Json> {
    const enabled = this.enabledMfa(user);
    const next = (challenge: SignInSession['challenge'], extra: Partial<SignInSession> = {}) =>
      prev
        ? this.state.advance(prev, challenge, { passwordVerified: true, ...extra })
        : this.state.newSession(user.username, challenge, flow, { passwordVerified: true, ...extra });
    if (!enabled.length) {
      if (user.mfaCanSetup.length) {
        return this.challenge(next('MFA_SETUP'), {
          MFAS_CAN_SETUP: JSON.stringify(user.mfaCanSetup),
          USER_ID_FOR_SRP: user.username,
        });
      }
      if (prev) this.state.endSession(prev);
      return this.authResult(user);
    }
    let chosen: MfaType | undefined;
    if (user.mfaPreferred && enabled.includes(user.mfaPreferred)) chosen = user.mfaPreferred;
    else if (enabled.length === 1) chosen = enabled[0];
    if (!chosen) {
      return this.challenge(next('SELECT_MFA_TYPE'), {
        MFAS_CAN_CHOOSE: JSON.stringify(enabled),
        USER_ID_FOR_SRP: user.username,
      });
    }
    return this.startMfa(user, chosen, next);
  }

  private startMfa(
    user: User,
    mfa: MfaType,
    next: (c: SignInSession['challenge'], extra?: Partial<SignInSession>) => SignInSession,
  ): Json {
    if (mfa === 'SOFTWARE_TOKEN_MFA') {
      return this.challenge(next('SOFTWARE_TOKEN_MFA'), {
        USER_ID_FOR_SRP: user.username,
        FRIENDLY_DEVICE_NAME: 'TOTP',
      });
    }
    return this.startCodeChallenge(user, mfa, next);
  }

  /** Sends a sign-in code (SMS_MFA, EMAIL_OTP, SMS_OTP) and returns the challenge. */
  private startCodeChallenge(
    user: User,
    kind: 'SMS_MFA' | 'EMAIL_OTP' | 'SMS_OTP',
    next: (c: SignInSession['challenge'], extra?: Partial<SignInSession>) => SignInSession,
    destinationOverride?: string,
    extra: Partial<SignInSession> = {},
  ): Json {
    const medium = kind === 'EMAIL_OTP' ? 'EMAIL' : 'SMS';
    const to = destinationOverride ?? (medium === 'EMAIL' ? user.attributes.email : user.attributes.phone_number);
    if (!to) throw ERR.param(`No ${medium === 'EMAIL' ? 'email' : 'phone number'} for the user`);
    const code = this.state.newCode();
    user.signInCodeSerial += 1;
    const session = next(kind, {
      ...extra,
      code: { code, expires: this.state.now() + this.state.codeTtlMs, serial: user.signInCodeSerial },
    });
    this.state.send(to, medium, code, medium === 'EMAIL' ? 'Sign-in code' : 'Sign-in code');
    return this.challenge(session, {
      CODE_DELIVERY_DELIVERY_MEDIUM: medium,
      CODE_DELIVERY_DESTINATION: medium === 'EMAIL' ? maskEmail(to) : maskPhone(to),
      USER_ID_FOR_SRP: user.username,
    });
  }

  private availableFirstFactors(user: User): string[] {
    const list = ['PASSWORD', 'PASSWORD_SRP'];
    if (user.attributes.email) list.push('EMAIL_OTP');
    if (user.attributes.phone_number) list.push('SMS_OTP');
    if (user.passkeys.length) list.push('WEB_AUTHN');
    return list;
  }

  private selectChallenge(user: User, prev?: SignInSession): Json {
    const session = prev
      ? this.state.advance(prev, 'SELECT_CHALLENGE')
      : this.state.newSession(user.username, 'SELECT_CHALLENGE', 'USER_AUTH');
    return { ...this.challenge(session, {}), AvailableChallenges: this.availableFirstFactors(user) };
  }

  private async startWebAuthnChallenge(user: User, prev?: SignInSession): Promise<Json> {
    const options = await generateAuthenticationOptions({
      rpID: this.ctx.rpId,
      allowCredentials: user.passkeys.map((p) => ({ id: p.credentialId, transports: p.transports as any })),
      userVerification: 'preferred',
      timeout: 180_000,
    });
    const extra = { webauthnChallenge: options.challenge };
    const session = prev
      ? this.state.advance(prev, 'WEB_AUTHN', extra)
      : this.state.newSession(user.username, 'WEB_AUTHN', 'USER_AUTH', extra);
    return this.challenge(session, { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options) });
  }

  /** Starts a first factor chosen by USER_AUTH (preference or SELECT_CHALLENGE answer). */
  private async startFirstFactor(
    user: User,
    factor: string,
    params: Json,
    prev?: SignInSession,
  ): Promise<Json | undefined> {
    const available = this.availableFirstFactors(user);
    if (!available.includes(factor)) return undefined;
    switch (factor) {
      case 'PASSWORD':
        this.statusCheckBeforePassword(user);
        this.checkPassword(user, params.PASSWORD);
        return this.afterPassword(user, prev, 'USER_AUTH');
      case 'PASSWORD_SRP':
        return this.startPasswordVerifier(user, params.SRP_A, 'USER_AUTH', prev);
      case 'EMAIL_OTP':
      case 'SMS_OTP': {
        const next = (c: SignInSession['challenge'], extra: Partial<SignInSession> = {}) =>
          prev ? this.state.advance(prev, c, extra) : this.state.newSession(user.username, c, 'USER_AUTH', extra);
        return this.startCodeChallenge(user, factor, next);
      }
      case 'WEB_AUTHN':
        return this.startWebAuthnChallenge(user, prev);
    }
    return undefined;
  }

  // ---------------------------------------------------------------- InitiateAuth

  private async initiateAuth(b: Json): Promise<Json> {
    checkClientId(b);
    const flow = str(b.AuthFlow);
    if (!flow) throw ERR.param('Missing required parameter AuthFlow');
    const p = (b.AuthParameters ?? {}) as Json;
    if (typeof p !== 'object') throw ERR.param('AuthParameters must be a map');
    switch (flow) {
      case 'USER_SRP_AUTH': {
        const user = this.state.requireUser(p.USERNAME);
        return this.startPasswordVerifier(user, p.SRP_A, 'USER_SRP_AUTH');
      }
      case 'USER_PASSWORD_AUTH': {
        const user = this.state.requireUser(p.USERNAME);
        this.statusCheckBeforePassword(user);
        this.checkPassword(user, p.PASSWORD);
        return this.afterPassword(user, undefined, 'USER_PASSWORD_AUTH');
      }
      case 'CUSTOM_AUTH': {
        const user = this.state.requireUser(p.USERNAME);
        if (p.SRP_A !== undefined || p.CHALLENGE_NAME === 'SRP_A') {
          return this.startPasswordVerifier(user, p.SRP_A, 'CUSTOM_AUTH');
        }
        if (p.PASSWORD !== undefined) throw ERR.param('PASSWORD is not allowed in CUSTOM_AUTH without SRP');
        if (user.status === 'UNCONFIRMED')
          throw new CognitoError('UserNotConfirmedException', 'User is not confirmed.');
        this.statusCheckBeforePassword(user);
        const session = this.state.newSession(user.username, 'CUSTOM_CHALLENGE', 'CUSTOM_AUTH', { customWrong: 0 });
        return this.challenge(session, { USERNAME: user.username, question: CUSTOM_QUESTION });
      }
      case 'REFRESH_TOKEN_AUTH':
      case 'REFRESH_TOKEN':
        return this.refreshResult(p.REFRESH_TOKEN);
      case 'USER_AUTH': {
        if (b.Session !== undefined) {
          const s = this.state.getSession(b.Session);
          if (
            s.challenge !== 'AUTO_SIGN_IN' ||
            (p.USERNAME && this.state.findUser(p.USERNAME)?.username !== s.username)
          )
            throw ERR.sessionInvalid();
          const user = this.state.requireUser(s.username);
          this.state.endSession(s);
          return this.authResult(user);
        }
        const user = this.state.requireUser(p.USERNAME);
        const pref = str(p.PREFERRED_CHALLENGE);
        if (pref) {
          if (!['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'].includes(pref))
            throw ERR.param(`Invalid PREFERRED_CHALLENGE: ${pref}`);
          const started = await this.startFirstFactor(user, pref, p);
          if (started) return started;
        }
        return this.selectChallenge(user);
      }
      case 'ADMIN_NO_SRP_AUTH':
      case 'ADMIN_USER_PASSWORD_AUTH':
        throw ERR.param(`Initiate Auth method not supported: ${flow}`);
      default:
        throw ERR.param(`1 validation error detected: Value '${flow}' at 'authFlow' failed to satisfy constraint`);
    }
  }

  // ---------------------------------------------------------------- RespondToAuthChallenge

  private async respondToAuthChallenge(b: Json): Promise<Json> {
    checkClientId(b);
    const name = str(b.ChallengeName);
    if (!name) throw ERR.param('Missing required parameter ChallengeName');
    const r = (b.ChallengeResponses ?? {}) as Json;
    if (typeof r !== 'object') throw ERR.param('ChallengeResponses must be a map');
    if (['DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER', 'ADMIN_NO_SRP_AUTH'].includes(name))
      throw ERR.param(`Challenge ${name} is not supported by this server`);
    const session = this.state.getSession(b.Session);
    const user = this.state.findUser(session.username);
    if (!user) {
      this.state.endSession(session);
      throw new CognitoError('UserNotFoundException', 'User does not exist.');
    }
    if (r.USERNAME !== undefined && this.state.findUser(r.USERNAME)?.username !== user.username) {
      throw ERR.sessionInvalid();
    }
    // A SELECT_CHALLENGE answer is accepted on a session waiting for WEB_AUTHN (cancelled passkey).
    const sessionOk = session.challenge === name || (name === 'SELECT_CHALLENGE' && session.challenge === 'WEB_AUTHN');
    if (!sessionOk) throw ERR.sessionInvalid();

    switch (name) {
      case 'PASSWORD_VERIFIER': {
        this.verifyPasswordClaim(user, session, r);
        return this.afterPassword(user, session, session.flow);
      }
      case 'SMS_MFA':
      case 'SMS_OTP':
      case 'EMAIL_OTP': {
        const field = `${name}_CODE`;
        const code = r[field];
        if (typeof code !== 'string' || !code) throw ERR.param(`Missing required parameter ${field}`);
        const c = session.code;
        const ok = !!c && c.expires > this.state.now() && c.serial === user.signInCodeSerial && safeEqual(c.code, code);
        if (!ok) throw this.wrongCode(session);
        if (session.emailSetup && session.pendingEmail) {
          user.attributes.email = session.pendingEmail;
          user.attributes.email_verified = 'true';
          if (!user.mfaEnabled.includes('EMAIL_OTP')) user.mfaEnabled.push('EMAIL_OTP');
          user.mfaPreferred = 'EMAIL_OTP';
          user.mfaCanSetup = [];
        }
        if (!session.passwordVerified && user.status !== 'CONFIRMED') {
          this.state.endSession(session);
          if (user.status === 'UNCONFIRMED')
            throw new CognitoError('UserNotConfirmedException', 'User is not confirmed.');
          this.statusCheckBeforePassword(user);
        }
        this.state.endSession(session);
        return this.authResult(user);
      }
      case 'SOFTWARE_TOKEN_MFA': {
        const code = r.SOFTWARE_TOKEN_MFA_CODE;
        if (typeof code !== 'string' || !code) throw ERR.param('Missing required parameter SOFTWARE_TOKEN_MFA_CODE');
        if (!user.totpSecret || !totpValid(user.totpSecret, code, Date.now())) throw this.wrongCode(session);
        this.state.endSession(session);
        return this.authResult(user);
      }
      case 'SELECT_MFA_TYPE': {
        const answer = str(r.ANSWER) as MfaType | undefined;
        if (!answer) throw ERR.param('Missing required parameter ANSWER');
        if (!this.enabledMfa(user).includes(answer)) throw ERR.param(`MFA type ${answer} is not enabled for the user`);
        return this.startMfa(user, answer, (c, extra = {}) => this.state.advance(session, c, extra));
      }
      case 'MFA_SETUP': {
        if (session.totpVerified && session.pendingTotpSecret) {
          user.totpSecret = session.pendingTotpSecret;
          user.totpVerified = true;
          if (!user.mfaEnabled.includes('SOFTWARE_TOKEN_MFA')) user.mfaEnabled.push('SOFTWARE_TOKEN_MFA');
          user.mfaPreferred = 'SOFTWARE_TOKEN_MFA';
          user.mfaCanSetup = [];
          this.state.endSession(session);
          return this.authResult(user);
        }
        const email = str(r.EMAIL);
        if (email !== undefined) {
          if (!user.mfaCanSetup.includes('EMAIL_OTP')) throw ERR.param('Email MFA cannot be set up for this user');
          if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw ERR.param('Invalid email address format.');
          return this.startCodeChallenge(
            user,
            'EMAIL_OTP',
            (c, extra = {}) => this.state.advance(session, c, extra),
            email,
            {
              emailSetup: true,
              pendingEmail: email,
            },
          );
        }
        throw ERR.param('Software token MFA has not been verified and no EMAIL was given for MFA setup');
      }
      case 'NEW_PASSWORD_REQUIRED': {
        const pw = r.NEW_PASSWORD;
        if (typeof pw !== 'string' || !pw) throw ERR.param('Missing required parameter NEW_PASSWORD');
        const policy = passwordPolicyError(pw);
        if (policy) throw policy;
        const updates: Record<string, string> = {};
        for (const [k, v] of Object.entries(r)) {
          if (k.startsWith('userAttributes.') && typeof v === 'string') updates[k.slice('userAttributes.'.length)] = v;
        }
        for (const a of user.requiredAttributes) {
          if (!updates[a] && !user.attributes[a]) throw ERR.param(`Invalid attributes given, ${a} is missing`);
        }
        for (const k of Object.keys(updates)) {
          if (['sub', 'email_verified', 'phone_number_verified'].includes(k))
            throw ERR.param(`Cannot modify the non-mutable attribute ${k}`);
        }
        Object.assign(user.attributes, updates);
        this.state.setPassword(user, pw);
        user.status = 'CONFIRMED';
        user.requiredAttributes = [];
        return this.mfaStep(user, session, session.flow);
      }
      case 'CUSTOM_CHALLENGE': {
        const answer = str(r.ANSWER);
        if (answer === undefined) throw ERR.param('Missing required parameter ANSWER');
        if (answer.trim() === CUSTOM_ANSWER) {
          this.state.endSession(session);
          return this.authResult(user);
        }
        const wrong = (session.customWrong ?? 0) + 1;
        if (wrong >= 3) {
          this.state.endSession(session);
          throw new CognitoError('NotAuthorizedException', 'Incorrect answer.');
        }
        const next = this.state.advance(session, 'CUSTOM_CHALLENGE', { customWrong: wrong });
        return this.challenge(next, { USERNAME: user.username, question: CUSTOM_QUESTION });
      }
      case 'SELECT_CHALLENGE': {
        const answer = str(r.ANSWER);
        if (!answer) throw ERR.param('Missing required parameter ANSWER');
        const started = await this.startFirstFactor(user, answer, r, session);
        if (!started) throw ERR.param(`Invalid ANSWER: ${answer} is not available for the user`);
        return started;
      }
      case 'WEB_AUTHN': {
        await this.verifyPasskeyAssertion(user, session, r.CREDENTIAL);
        this.state.endSession(session);
        return this.authResult(user);
      }
      default:
        throw ERR.param(`Invalid ChallengeName: ${name}`);
    }
  }

  /** Counts a wrong sign-in code; the third one ends the session. */
  private wrongCode(session: SignInSession): CognitoError {
    session.wrongAttempts += 1;
    if (session.wrongAttempts >= 3) {
      this.state.endSession(session);
      return new CognitoError('NotAuthorizedException', 'Invalid session for the user, too many failed attempts.');
    }
    return ERR.codeMismatch();
  }

  // ---------------------------------------------------------------- TOTP

  private async associateSoftwareToken(b: Json): Promise<Json> {
    const secret = new OTPAuth.Secret({ size: 20 }).base32;
    if (b.AccessToken !== undefined) {
      const user = await this.authUser(b.AccessToken);
      user.pendingTotpSecret = secret;
      return { SecretCode: secret };
    }
    const session = this.state.getSession(b.Session);
    if (session.challenge !== 'MFA_SETUP') throw ERR.sessionInvalid();
    const user = this.state.findUser(session.username);
    if (!user?.mfaCanSetup.includes('SOFTWARE_TOKEN_MFA'))
      throw ERR.param('Software token MFA cannot be set up for this user');
    const next = this.state.advance(session, 'MFA_SETUP', { pendingTotpSecret: secret, totpVerified: false });
    return { SecretCode: secret, Session: next.id };
  }

  private async verifySoftwareToken(b: Json): Promise<Json> {
    const code = b.UserCode;
    if (typeof code !== 'string' || !code) throw ERR.param('Missing required parameter UserCode');
    if (b.AccessToken !== undefined) {
      const user = await this.authUser(b.AccessToken);
      if (!user.pendingTotpSecret) throw ERR.param('Software token has not been associated');
      if (!totpValid(user.pendingTotpSecret, code, Date.now()))
        throw new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch');
      user.totpSecret = user.pendingTotpSecret;
      user.pendingTotpSecret = undefined;
      user.totpVerified = true;
      return { Status: 'SUCCESS' };
    }
    const session = this.state.getSession(b.Session);
    if (session.challenge !== 'MFA_SETUP' || !session.pendingTotpSecret) throw ERR.sessionInvalid();
    if (!totpValid(session.pendingTotpSecret, code, Date.now())) {
      session.wrongAttempts += 1;
      if (session.wrongAttempts >= 3) {
        this.state.endSession(session);
        throw new CognitoError('NotAuthorizedException', 'Invalid session for the user, too many failed attempts.');
      }
      throw new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch');
    }
    const next = this.state.advance(session, 'MFA_SETUP', {
      pendingTotpSecret: session.pendingTotpSecret,
      totpVerified: true,
    });
    return { Status: 'SUCCESS', Session: next.id };
  }

  private async setUserMFAPreference(b: Json): Promise<Json> {
    const user = await this.authUser(b.AccessToken);
    const apply = (settings: unknown, type: MfaType) => {
      if (!settings || typeof settings !== 'object') return;
      const s = settings as Json;
      if (s.Enabled === true) {
        if (type === 'SOFTWARE_TOKEN_MFA' && !user.totpSecret)
          throw ERR.param('User has not verified software token mfa');
        if (type === 'SMS_MFA' && !user.attributes.phone_number) throw ERR.param('User does not have a phone number');
        if (type === 'EMAIL_OTP' && !user.attributes.email) throw ERR.param('User does not have an email');
        if (!user.mfaEnabled.includes(type)) user.mfaEnabled.push(type);
      } else if (s.Enabled === false) {
        user.mfaEnabled = user.mfaEnabled.filter((m) => m !== type);
        if (user.mfaPreferred === type) user.mfaPreferred = undefined;
      }
      if (s.PreferredMfa === true) {
        if (!user.mfaEnabled.includes(type)) throw ERR.param(`${type} must be enabled to be preferred`);
        user.mfaPreferred = type;
      } else if (s.PreferredMfa === false && user.mfaPreferred === type) user.mfaPreferred = undefined;
    };
    apply(b.SMSMfaSettings, 'SMS_MFA');
    apply(b.SoftwareTokenMfaSettings, 'SOFTWARE_TOKEN_MFA');
    apply(b.EmailMfaSettings, 'EMAIL_OTP');
    if (user.mfaEnabled.length) user.mfaCanSetup = [];
    return {};
  }

  // ---------------------------------------------------------------- sign-up / passwords

  private deliveryDetails(user: User): Json {
    if (user.attributes.email) {
      return { Destination: maskEmail(user.attributes.email), DeliveryMedium: 'EMAIL', AttributeName: 'email' };
    }
    if (user.attributes.phone_number) {
      return {
        Destination: maskPhone(user.attributes.phone_number),
        DeliveryMedium: 'SMS',
        AttributeName: 'phone_number',
      };
    }
    throw ERR.param('Cannot send a code: the user has no registered email or phone_number');
  }

  private sendUserCode(user: User, purpose: string): { code: string; expires: number } {
    const code = this.state.newCode();
    const d = this.deliveryDetails(user);
    if (d.DeliveryMedium === 'EMAIL') this.state.send(user.attributes.email, 'EMAIL', code, purpose);
    else this.state.send(user.attributes.phone_number, 'SMS', code, purpose);
    return { code, expires: this.state.now() + this.state.codeTtlMs };
  }

  private async signUp(b: Json): Promise<Json> {
    checkClientId(b);
    const username = str(b.Username);
    if (!username) throw ERR.param('Missing required parameter Username');
    if (this.state.findUser(username)) throw new CognitoError('UsernameExistsException', 'User already exists');
    const policy = passwordPolicyError(b.Password);
    if (policy) throw policy;
    const attrs: Record<string, string> = {};
    if (b.UserAttributes !== undefined) {
      if (!Array.isArray(b.UserAttributes)) throw ERR.param('UserAttributes must be a list');
      for (const a of b.UserAttributes) {
        if (!a || typeof a.Name !== 'string' || typeof a.Value !== 'string') throw ERR.param('Invalid UserAttributes');
        if (['sub', 'email_verified', 'phone_number_verified'].includes(a.Name))
          throw ERR.param(`Cannot modify the non-mutable attribute ${a.Name}`);
        attrs[a.Name] = a.Value;
      }
    }
    if (!attrs.email && username.includes('@')) attrs.email = username;
    if (!attrs.email && !attrs.phone_number)
      throw ERR.param('Attributes did not conform to the schema: email: The attribute is required');
    if (attrs.email && !/^[^@\s]+@[^@\s]+$/.test(attrs.email)) throw ERR.param('Invalid email address format.');
    if (attrs.phone_number && !/^\+\d{6,15}$/.test(attrs.phone_number)) throw ERR.param('Invalid phone number format.');
    const user = this.state.makeUser(username, b.Password, 'UNCONFIRMED', attrs);
    if (attrs.email) user.attributes.email_verified = 'false';
    user.fromSignUp = true;
    this.state.users.set(username, user);
    user.confirmCode = this.sendUserCode(user, 'Confirm your sign-up');
    this.state.persist();
    const session = this.state.newSession(user.username, 'AUTO_SIGN_IN', 'SIGN_UP');
    return {
      UserConfirmed: false,
      UserSub: user.sub,
      CodeDeliveryDetails: this.deliveryDetails(user),
      Session: session.id,
    };
  }

  private async confirmSignUp(b: Json): Promise<Json> {
    checkClientId(b);
    const user = this.state.requireUser(b.Username);
    const code = str(b.ConfirmationCode);
    if (!code) throw ERR.param('Missing required parameter ConfirmationCode');
    if (user.status !== 'UNCONFIRMED')
      throw new CognitoError('NotAuthorizedException', `User cannot be confirmed. Current status is ${user.status}`);
    const c = user.confirmCode;
    if (!c || !safeEqual(c.code, code))
      throw new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');
    if (c.expires <= this.state.now())
      throw new CognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
    user.status = 'CONFIRMED';
    user.confirmCode = undefined;
    if (user.attributes.email) user.attributes.email_verified = 'true';
    else if (user.attributes.phone_number) user.attributes.phone_number_verified = 'true';
    this.state.persist();
    const session = this.state.newSession(user.username, 'AUTO_SIGN_IN', 'SIGN_UP');
    return { Session: session.id };
  }

  private async resendConfirmationCode(b: Json): Promise<Json> {
    checkClientId(b);
    const user = this.state.requireUser(b.Username);
    if (user.status !== 'UNCONFIRMED') throw ERR.param('User is already confirmed.');
    this.state.countCodeRequest(user);
    user.confirmCode = this.sendUserCode(user, 'Confirm your sign-up');
    return { CodeDeliveryDetails: this.deliveryDetails(user) };
  }

  private async forgotPassword(b: Json): Promise<Json> {
    checkClientId(b);
    const user = this.state.requireUser(b.Username);
    const verified = user.attributes.email_verified === 'true' || user.attributes.phone_number_verified === 'true';
    if (!verified)
      throw ERR.param('Cannot reset password for the user as there is no registered/verified email or phone_number');
    this.state.countCodeRequest(user);
    user.resetCode = this.sendUserCode(user, 'Reset your password');
    return { CodeDeliveryDetails: this.deliveryDetails(user) };
  }

  private async confirmForgotPassword(b: Json): Promise<Json> {
    checkClientId(b);
    const user = this.state.requireUser(b.Username);
    const code = str(b.ConfirmationCode);
    if (!code) throw ERR.param('Missing required parameter ConfirmationCode');
    const c = user.resetCode;
    if (!c || !safeEqual(c.code, code))
      throw new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');
    if (c.expires <= this.state.now())
      throw new CognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
    const policy = passwordPolicyError(b.Password);
    if (policy) throw policy;
    this.state.setPassword(user, b.Password);
    user.resetCode = undefined;
    if (user.status === 'RESET_REQUIRED' || user.status === 'FORCE_CHANGE_PASSWORD') user.status = 'CONFIRMED';
    user.failedPasswords = 0;
    user.lockedUntil = 0;
    this.state.persist();
    return {};
  }

  private async changePassword(b: Json): Promise<Json> {
    const user = await this.authUser(b.AccessToken);
    this.checkPassword(user, b.PreviousPassword);
    const policy = passwordPolicyError(b.ProposedPassword);
    if (policy) throw policy;
    this.state.setPassword(user, b.ProposedPassword);
    this.state.persist();
    return {};
  }

  private async updateUserAttributes(b: Json): Promise<Json> {
    const user = await this.authUser(b.AccessToken);
    if (!Array.isArray(b.UserAttributes)) throw ERR.param('Missing required parameter UserAttributes');
    for (const a of b.UserAttributes) {
      if (!a || typeof a.Name !== 'string' || typeof a.Value !== 'string') throw ERR.param('Invalid UserAttributes');
      if (['sub', 'email_verified', 'phone_number_verified'].includes(a.Name))
        throw ERR.param(`Cannot modify the non-mutable attribute ${a.Name}`);
    }
    for (const a of b.UserAttributes) user.attributes[a.Name] = a.Value;
    return { CodeDeliveryDetailsList: [] };
  }

  // ---------------------------------------------------------------- user / tokens

  private async getUser(b: Json): Promise<Json> {
    const user = await this.authUser(b.AccessToken);
    const out: Json = {
      Username: user.username,
      UserAttributes: Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value })),
    };
    const enabled = this.enabledMfa(user);
    if (enabled.length) out.UserMFASettingList = enabled;
    if (user.mfaPreferred && enabled.includes(user.mfaPreferred)) out.PreferredMfaSetting = user.mfaPreferred;
    return out;
  }

  private async getTokensFromRefreshToken(b: Json): Promise<Json> {
    checkClientId(b);
    if (typeof b.RefreshToken !== 'string' || !b.RefreshToken)
      throw ERR.param('Missing required parameter RefreshToken');
    const out = await this.refreshResult(b.RefreshToken);
    return { AuthenticationResult: out.AuthenticationResult };
  }

  private async globalSignOut(b: Json): Promise<Json> {
    const user = await this.authUser(b.AccessToken);
    for (const rec of this.state.refreshTokens.values()) {
      if (rec.username === user.username) {
        rec.revoked = true;
        this.state.revokedOrigins.add(rec.originJti);
      }
    }
    return {};
  }

  private async revokeToken(b: Json): Promise<Json> {
    checkClientId(b);
    const token = str(b.Token);
    if (!token) throw ERR.param('Missing required parameter Token');
    const rec = this.state.refreshTokens.get(token);
    if (rec) {
      rec.revoked = true;
      this.state.revokedOrigins.add(rec.originJti);
    }
    // Cognito answers 200 for an unknown token too.
    return {};
  }

  private async confirmDevice(b: Json): Promise<Json> {
    const user = await this.authUser(b.AccessToken);
    if (typeof b.DeviceKey !== 'string' || !b.DeviceKey) throw ERR.param('Missing required parameter DeviceKey');
    if (!user.devices.some((d) => d.key === b.DeviceKey)) {
      user.devices.push({ key: b.DeviceKey, name: str(b.DeviceName), createdAt: Math.floor(this.state.now() / 1000) });
    }
    return { UserConfirmationNecessary: false };
  }

  // ---------------------------------------------------------------- WebAuthn

  private async startWebAuthnRegistration(b: Json): Promise<Json> {
    const user = await this.authUser(b.AccessToken);
    const options = await generateRegistrationOptions({
      rpName: 'auth-sign-in local',
      rpID: this.ctx.rpId,
      userName: user.username,
      userID: Buffer.from(user.webauthnUserId, 'base64url'),
      userDisplayName: user.attributes.name ?? user.attributes.given_name ?? user.username,
      attestationType: 'none',
      timeout: 180_000,
      excludeCredentials: user.passkeys.map((p) => ({ id: p.credentialId, transports: p.transports as any })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
    user.registration = { challenge: options.challenge, expires: this.state.now() + 5 * 60_000 };
    return { CredentialCreationOptions: options };
  }

  private parseCredential(raw: unknown): Json {
    let cred = raw;
    if (typeof cred === 'string') {
      try {
        cred = JSON.parse(cred);
      } catch {
        throw ERR.param('Credential is not valid JSON');
      }
    }
    if (
      !cred ||
      typeof cred !== 'object' ||
      typeof (cred as Json).id !== 'string' ||
      typeof (cred as Json).response !== 'object'
    )
      throw ERR.param('Missing required parameter Credential');
    return cred as Json;
  }

  private webauthnError(err: unknown): CognitoError {
    const msg = err instanceof Error ? err.message : String(err);
    if (/origin/i.test(msg)) return new CognitoError('WebAuthnOriginNotAllowedException', msg);
    if (/rp ?id/i.test(msg)) return new CognitoError('WebAuthnRelyingPartyMismatchException', msg);
    if (/challenge/i.test(msg)) return new CognitoError('WebAuthnChallengeNotFoundException', msg);
    return new CognitoError('WebAuthnCredentialNotSupportedException', msg);
  }

  private async completeWebAuthnRegistration(b: Json): Promise<Json> {
    const user = await this.authUser(b.AccessToken);
    const cred = this.parseCredential(b.Credential);
    const reg = user.registration;
    if (!reg || reg.expires <= this.state.now())
      throw new CognitoError('WebAuthnChallengeNotFoundException', 'No pending WebAuthn registration for the user');
    let result;
    try {
      result = await verifyRegistrationResponse({
        response: cred as any,
        expectedChallenge: reg.challenge,
        expectedOrigin: this.ctx.allowedOrigins,
        expectedRPID: this.ctx.rpId,
        requireUserVerification: false,
      });
    } catch (err) {
      throw this.webauthnError(err);
    }
    if (!result.verified)
      throw new CognitoError('WebAuthnCredentialNotSupportedException', 'The credential could not be verified');
    user.registration = undefined;
    const info = result.registrationInfo;
    for (const u of this.state.users.values()) {
      if (u.passkeys.some((p) => p.credentialId === info.credential.id))
        throw new CognitoError('WebAuthnCredentialNotSupportedException', 'This credential is already registered');
    }
    user.passkeys.push({
      credentialId: info.credential.id,
      publicKey: Buffer.from(info.credential.publicKey).toString('base64url'),
      counter: info.credential.counter,
      transports: (cred.response?.transports as string[] | undefined) ?? info.credential.transports ?? [],
      createdAt: Math.floor(this.state.now() / 1000),
      friendlyName: `Passkey ${user.passkeys.length + 1}`,
      attachment: typeof cred.authenticatorAttachment === 'string' ? cred.authenticatorAttachment : undefined,
      rpId: this.ctx.rpId,
    });
    this.state.persist();
    return {};
  }

  private async listWebAuthnCredentials(b: Json): Promise<Json> {
    const user = await this.authUser(b.AccessToken);
    return {
      Credentials: user.passkeys.map((p) => ({
        CredentialId: p.credentialId,
        FriendlyCredentialName: p.friendlyName,
        RelyingPartyId: p.rpId,
        ...(p.attachment ? { AuthenticatorAttachment: p.attachment } : {}),
        AuthenticatorTransports: p.transports,
        CreatedAt: p.createdAt,
      })),
    };
  }

  private async deleteWebAuthnCredential(b: Json): Promise<Json> {
    const user = await this.authUser(b.AccessToken);
    const id = str(b.CredentialId);
    if (!id) throw ERR.param('Missing required parameter CredentialId');
    const before = user.passkeys.length;
    user.passkeys = user.passkeys.filter((p) => p.credentialId !== id);
    if (user.passkeys.length === before) throw new CognitoError('ResourceNotFoundException', 'Credential not found.');
    this.state.persist();
    return {};
  }

  private async verifyPasskeyAssertion(user: User, session: SignInSession, raw: unknown): Promise<void> {
    const cred = this.parseCredential(raw);
    const passkey = user.passkeys.find((p) => p.credentialId === cred.id);
    if (!passkey || !session.webauthnChallenge)
      throw new CognitoError('NotAuthorizedException', 'Incorrect passkey for the user.');
    let result;
    try {
      result = await verifyAuthenticationResponse({
        response: cred as any,
        expectedChallenge: session.webauthnChallenge,
        expectedOrigin: this.ctx.allowedOrigins,
        expectedRPID: this.ctx.rpId,
        credential: {
          id: passkey.credentialId,
          publicKey: new Uint8Array(Buffer.from(passkey.publicKey, 'base64url')),
          counter: passkey.counter,
          transports: passkey.transports as any,
        },
        requireUserVerification: false,
      });
    } catch (err) {
      this.state.endSession(session);
      throw new CognitoError(
        'NotAuthorizedException',
        `Passkey authentication failed: ${err instanceof Error ? err.message : err}`,
      );
    }
    if (!result.verified) {
      this.state.endSession(session);
      throw new CognitoError('NotAuthorizedException', 'Passkey authentication failed.');
    }
    passkey.counter = result.authenticationInfo.newCounter;
    this.state.persist();
  }
}
