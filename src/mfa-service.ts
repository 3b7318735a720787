/**
 * What `<auth-account>`'s two-step verification section asks of Amplify, as an interface (`amplify/mfa.ts` is the
 * Amplify one, loaded only with the section, so the sign-in's first load does not carry it; tests hand in a fake).
 */
import type { MfaType } from './auth-service.js';

/** A user's MFA: the types that are on and the preferred one. */
export interface MfaPreference {
  enabled: MfaType[];
  preferred?: MfaType;
}

/** The pool's MFA as the configuration says it: off, optional or required, and the types it offers. */
export interface PoolMfa {
  status: 'off' | 'optional' | 'on';
  /** `undefined`: the configuration does not say. */
  types?: MfaType[];
}

export type MfaSetting = 'ENABLED' | 'DISABLED' | 'PREFERRED' | 'NOT_PREFERRED';

export interface MfaService {
  /** The user's MFA types that are on, and the preferred one (Amplify's `fetchMFAPreference`). */
  fetchMfaPreference(): Promise<MfaPreference>;
  /** What the configuration says of the pool's MFA (`mfa_configuration`, `mfa_methods`). */
  poolMfa(): Promise<PoolMfa>;
  /** Starts an authenticator-app setup; the shared secret (Amplify's `setUpTOTP`). */
  setUpTotp(): Promise<string>;
  /** Checks the app's first code (Amplify's `verifyTOTPSetup`). */
  verifyTotpSetup(code: string): Promise<void>;
  /** Turns one MFA type on or off, or makes it preferred (Amplify's `updateMFAPreference`). */
  updateMfaPreference(type: MfaType, setting: MfaSetting): Promise<void>;
}
