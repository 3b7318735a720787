/** Sign-in sessions: each says which challenge it waits for and holds what answering it needs. */
import { randomBytes } from 'node:crypto';

import { expiredSession, invalidSession, missingParameter } from '../errors.js';
import type { SentCode, User } from './users.js';

export type AuthFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'CUSTOM_AUTH' | 'USER_AUTH' | 'SIGN_UP';

/** The server's half of an SRP exchange. */
export interface SrpExchange {
  A: bigint;
  b: bigint;
  B: bigint;
  secretBlock: string;
}

/** A sign-in code; `serial` tells it from the codes sent before it to the same user. */
export interface SignInCode extends SentCode {
  serial: number;
}

/** The challenge a session waits for, with its own state. */
export type ChallengeState =
  | { challenge: 'PASSWORD_VERIFIER'; srp: SrpExchange }
  /** `settingUpEmail`: the code was sent to this address during MFA_SETUP (email MFA is on once it is right). */
  | { challenge: 'SMS_MFA' | 'SMS_OTP' | 'EMAIL_OTP'; code: SignInCode; settingUpEmail?: string }
  | { challenge: 'SOFTWARE_TOKEN_MFA' }
  | { challenge: 'SELECT_MFA_TYPE' }
  /** `totp`: the secret AssociateSoftwareToken gave, and whether VerifySoftwareToken accepted a code of it. */
  | { challenge: 'MFA_SETUP'; totp?: { secret: string; verified: boolean } }
  | { challenge: 'NEW_PASSWORD_REQUIRED' }
  /** `round`: the index of the challenge asked among the user's; `parameters` and `answer`: what it asked. */
  | { challenge: 'CUSTOM_CHALLENGE'; round: number; parameters: Record<string, string>; answer: string }
  | { challenge: 'SELECT_CHALLENGE' }
  | { challenge: 'WEB_AUTHN'; webauthnChallenge: string }
  | { challenge: 'DEVICE_SRP_AUTH' }
  | { challenge: 'DEVICE_PASSWORD_VERIFIER'; srp: SrpExchange; deviceKey: string }
  /** Handed out by SignUp / ConfirmSignUp for `InitiateAuth USER_AUTH {Session}`. */
  | { challenge: 'AUTO_SIGN_IN' };

export type ChallengeName = ChallengeState['challenge'];

export interface SessionCommon {
  id: string;
  username: string;
  flow: AuthFlow;
  expires: number;
  /** Whether the first factor was a password (MFA then applies). */
  passwordVerified: boolean;
  /** Wrong codes or answers so far (carried to the next session of a repeated custom challenge). */
  wrongAttempts: number;
  /** The made-up user of an unknown login (existence errors prevented). */
  phantom?: User;
  /** The DEVICE_KEY the client sent (its remembered or tracked device). */
  deviceKey?: string;
  /** An answer is being checked: a second answer on the session meanwhile is refused. */
  answering?: boolean;
}

export type SignInSession = SessionCommon & ChallengeState;

/** A session waiting for challenge `C`. */
export type SessionIn<C extends ChallengeName> = Extract<SignInSession, { challenge: C }>;

export type NewSession = Omit<SessionCommon, 'id' | 'expires' | 'wrongAttempts'> & { wrongAttempts?: number };

/** Sign-in sessions kept at most (the oldest go first): a flood of sign-ins cannot grow the heap without end. */
export const MAX_SESSIONS = 10_000;

export class SessionStore {
  private byId = new Map<string, SignInSession>();

  constructor(
    private readonly now: () => number,
    private readonly ttlMs: number,
  ) {}

  clear(): void {
    this.byId.clear();
  }

  /** Sessions held now (expired ones are freed as new ones start). */
  get size(): number {
    return this.byId.size;
  }

  /** Frees expired sessions (the oldest come first: one lifetime for all) and keeps the count bounded. */
  private sweep(): void {
    const now = this.now();
    for (const [id, session] of this.byId) {
      if (session.expires > now && this.byId.size < MAX_SESSIONS) break;
      this.byId.delete(id);
    }
  }

  start(common: NewSession, state: ChallengeState): SignInSession {
    this.sweep();
    const session: SignInSession = {
      wrongAttempts: 0,
      ...common,
      ...state,
      id: randomBytes(96).toString('base64url'),
      expires: this.now() + this.ttlMs,
    };
    this.byId.set(session.id, session);
    return session;
  }

  /** The session of an answer; NotAuthorizedException when unknown or expired. */
  get(id: unknown): SignInSession {
    if (typeof id !== 'string' || !id) throw missingParameter('Session');
    const session = this.byId.get(id);
    if (!session) throw expiredSession();
    if (session.expires <= this.now()) {
      this.byId.delete(id);
      throw expiredSession();
    }
    return session;
  }

  end(session: SignInSession): void {
    this.byId.delete(session.id);
  }

  /**
   * Runs `answer` with the session held: another answer on it meanwhile (parallel requests on one Session) is
   * refused, so a session gives tokens or a next challenge once, even when its check awaits.
   */
  async answer<T>(session: SignInSession, answer: () => Promise<T>): Promise<T> {
    if (session.answering) throw invalidSession();
    session.answering = true;
    try {
      return await answer();
    } finally {
      session.answering = false;
    }
  }

  /** Counts a wrong code or answer; at `limit` the session ends and this returns true. */
  countWrongAttempt(session: SignInSession, limit: number): boolean {
    session.wrongAttempts += 1;
    if (session.wrongAttempts < limit) return false;
    this.end(session);
    return true;
  }
}
