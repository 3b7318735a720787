// Loaded only by `<auth-account>`'s two-step verification section, to keep the sign-in's first load small.
import { fetchMFAPreference, setUpTOTP, updateMFAPreference, verifyTOTPSetup } from 'aws-amplify/auth';
import type { MfaType } from '../auth-service.js';
import type { MfaService, PoolMfa } from '../mfa-service.js';
import { Amplify } from './amplify.js';

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

export const amplifyMfaService: MfaService = {
  async fetchMfaPreference() {
    const { enabled = [], preferred } = await fetchMFAPreference();
    return { enabled, ...(preferred ? { preferred } : {}) };
  },
  async poolMfa() {
    return poolMfaOf(Amplify.getConfig().Auth?.Cognito?.mfa);
  },
  async setUpTotp() {
    return (await setUpTOTP()).sharedSecret;
  },
  async verifyTotpSetup(code) {
    await verifyTOTPSetup({ code });
  },
  async updateMfaPreference(type, setting) {
    await updateMFAPreference({ [type.toLowerCase()]: setting });
  },
};
