/** What the screens derive from the flow's state and the host's options: a pure function, read on every render. */
import type { AuthService } from '../auth-service.js';
import { preferredFirstFactor, providerNames, signInNeedsPassword, type FlowOptions } from './options.js';
import { offersRememberDevice } from './remember-device.js';
import { resendPossible } from './resend.js';
import type { FlowState } from './store.js';

export interface FlowView {
  needsPassword: boolean;
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
  state: Pick<FlowState, 'step' | 'username' | 'resendAt'>,
  hasAttempt: boolean,
  now: number,
): FlowView {
  const preferred = preferredFirstFactor(options, service.configuredPreferredChallenge());
  return {
    needsPassword: signInNeedsPassword(options.authFlowType, preferred),
    socialProviders: service.hasOAuth() ? providerNames(options.socialProviders) : [],
    canResend: resendPossible(state.step, state.username, hasAttempt),
    resendWaitMs: Math.max(0, (state.resendAt ?? 0) - now),
    offerRememberDevice: offersRememberDevice(options.rememberDevice, state.step),
  };
}
