/** What the screens derive from the flow's state and the host's options: a pure function, read on every render. */
import type { AuthService } from '../auth-service.js';
import {
  identifierKindOf,
  preferredFirstFactor,
  providerNames,
  signInNeedsPassword,
  signUpNeedsPassword,
  type FlowOptions,
} from './options.js';
import { offersRememberDevice } from './remember-device.js';
import { resendPossible } from './resend.js';
import type { FlowState } from './store.js';
import type { IdentifierKind } from '../identifier-kind.js';

export interface FlowView {
  needsPassword: boolean;
  /** `SIGN_UP` asks for a password (not for `USER_AUTH` with a code or passkey first). */
  signUpNeedsPassword: boolean;
  /** `SIGN_IN` offers "Create account" (not with `hide-sign-up`). */
  offerSignUp: boolean;
  /** What the sign-in identifier is: email, phone, email or phone, username. */
  identifier: IdentifierKind;
  socialProviders: string[];
  /** This step can send a new code (now or after `resendWaitMs`). */
  canResend: boolean;
  resendWaitMs: number;
  /** This step shows the "Remember this device" checkbox. */
  offerRememberDevice: boolean;
}

export function flowView(
  options: FlowOptions,
  service: Pick<AuthService, 'hasOAuth' | 'configuredPreferredChallenge' | 'identifierKind'>,
  state: Pick<FlowState, 'step' | 'username' | 'resendAt' | 'data'>,
  hasAttempt: boolean,
  now: number,
): FlowView {
  const preferred = preferredFirstFactor(options, service.configuredPreferredChallenge());
  return {
    needsPassword: signInNeedsPassword(options.authFlowType, preferred),
    signUpNeedsPassword: signUpNeedsPassword(options.authFlowType, preferred),
    offerSignUp: !options.hideSignUp,
    // Before Amplify has loaded (the first screen), the host's own `config` and attribute say it.
    identifier: identifierKindOf(options, service),
    socialProviders: service.hasOAuth() ? providerNames(options.socialProviders) : [],
    canResend: resendPossible(state.step, state.username, state.data, hasAttempt),
    resendWaitMs: Math.max(0, (state.resendAt ?? 0) - now),
    offerRememberDevice: offersRememberDevice(options.rememberDevice, state.step),
  };
}
