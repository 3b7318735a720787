/** What the screens derive from the flow's state and the host's options: a pure function, read on every render. */
import type { AuthService } from '../auth-service.js';
import {
  preferredFirstFactor,
  providerNames,
  signInNeedsPassword,
  signUpNeedsPassword,
  type FlowOptions,
} from './options.js';
import { offersRememberDevice } from './remember-device.js';
import { resendPossible } from './resend.js';
import type { FlowState } from './store.js';

export interface FlowView {
  needsPassword: boolean;
  /** `SIGN_UP` asks for a password (not for `USER_AUTH` with a code or passkey first). */
  signUpNeedsPassword: boolean;
  /** `SIGN_IN` offers "Create account" (not with `hide-sign-up`). */
  offerSignUp: boolean;
  socialProviders: string[];
  /** This step can send a new code (now or after `resendWaitMs`). */
  canResend: boolean;
  resendWaitMs: number;
  /** This step shows the "Remember this device" checkbox. */
  offerRememberDevice: boolean;
}

export function flowView(
  options: FlowOptions,
  service: Pick<AuthService, 'hasOAuth' | 'configuredPreferredChallenge'>,
  state: Pick<FlowState, 'step' | 'username' | 'resendAt' | 'data'>,
  hasAttempt: boolean,
  now: number,
): FlowView {
  const preferred = preferredFirstFactor(options, service.configuredPreferredChallenge());
  return {
    needsPassword: signInNeedsPassword(options.authFlowType, preferred),
    signUpNeedsPassword: signUpNeedsPassword(options.authFlowType, preferred),
    offerSignUp: !options.hideSignUp,
    socialProviders: service.hasOAuth() ? providerNames(options.socialProviders) : [],
    canResend: resendPossible(state.step, state.username, state.data, hasAttempt),
    resendWaitMs: Math.max(0, (state.resendAt ?? 0) - now),
    offerRememberDevice: offersRememberDevice(options.rememberDevice, state.step),
  };
}
