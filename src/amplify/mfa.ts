// Loaded only by `<auth-account>`'s two-step verification section, to keep the first screen small.
export { fetchMFAPreference, setUpTOTP, updateMFAPreference, verifyTOTPSetup } from 'aws-amplify/auth';

import type { MfaType, PoolMfa } from '../auth-service.js';

/**
 * The pool's MFA from Amplify's Cognito settings (`mfa: { status, smsEnabled, totpEnabled }`, parsed from
 * `mfa_configuration` / `mfa_methods`). Amplify keeps no email flag, so `types` never names EMAIL; no `mfa`
 * block: the configuration does not say (`optional`, types unknown).
 */
export function poolMfaOf(mfa: { status?: string; smsEnabled?: boolean; totpEnabled?: boolean } | undefined): PoolMfa {
  if (!mfa) return { status: 'optional' };
  const status = mfa.status === 'on' || mfa.status === 'off' ? mfa.status : 'optional';
  const types: MfaType[] = [];
  if (mfa.totpEnabled) types.push('TOTP');
  if (mfa.smsEnabled) types.push('SMS');
  return { status, types };
}
