/**
 * A pool from an Amplify Gen 2 `amplify_outputs.json`: what its `auth` section says (username attributes,
 * password policy, MFA, required attributes, passwordless), and Gen 2's own defaults for the rest.
 */
import type { MfaType } from '../seed.js';
import { COGNITO_DEFAULTS, type FirstAuthFactor, type PoolSettings, type UsernameAttribute } from '../settings.js';
import type { LoadedPool } from './describe-pool.js';

type Json = Record<string, any>;

const MFA_CONFIGURATION: Record<string, PoolSettings['mfa']['configuration']> = {
  NONE: 'OFF',
  OFF: 'OFF',
  OPTIONAL: 'OPTIONAL',
  REQUIRED: 'ON',
  ON: 'ON',
};
const MFA_METHODS: Record<string, MfaType> = { SMS: 'SMS_MFA', TOTP: 'SOFTWARE_TOKEN_MFA', EMAIL: 'EMAIL_OTP' };

function firstFactors(passwordless: Json | undefined): FirstAuthFactor[] {
  const factors: FirstAuthFactor[] = ['PASSWORD'];
  if (passwordless?.email_otp_enabled) factors.push('EMAIL_OTP');
  if (passwordless?.sms_otp_enabled) factors.push('SMS_OTP');
  if (passwordless?.web_authn) factors.push('WEB_AUTHN');
  return factors;
}

export function loadOutputs(outputs: Json): LoadedPool {
  const auth = outputs?.auth;
  if (!auth || typeof auth.user_pool_id !== 'string' || typeof auth.user_pool_client_id !== 'string')
    throw new Error('amplify_outputs.json has no auth.user_pool_id / auth.user_pool_client_id');
  const policy = auth.password_policy ?? {};
  const defaults = COGNITO_DEFAULTS;
  const factors = firstFactors(auth.passwordless);
  const settings: PoolSettings = {
    ...defaults,
    poolId: auth.user_pool_id,
    clientId: auth.user_pool_client_id,
    users: [],
    usernameAttributes: ((auth.username_attributes ?? []) as string[]).filter(
      (name): name is UsernameAttribute => name === 'email' || name === 'phone_number',
    ),
    caseSensitive: false,
    passwordPolicy: {
      minimumLength: policy.min_length ?? defaults.passwordPolicy.minimumLength,
      requireUppercase: !!policy.require_uppercase,
      requireLowercase: !!policy.require_lowercase,
      requireNumbers: !!policy.require_numbers,
      requireSymbols: !!policy.require_symbols,
    },
    allowedFirstAuthFactors: factors,
    mfa: {
      configuration: MFA_CONFIGURATION[String(auth.mfa_configuration ?? 'NONE')] ?? 'OFF',
      types: ((auth.mfa_methods ?? []) as string[]).map((method) => MFA_METHODS[method]).filter(Boolean),
    },
    autoVerifiedAttributes: ((auth.user_verification_types ?? []) as string[]).filter(
      (name): name is UsernameAttribute => name === 'email' || name === 'phone_number',
    ),
    requiredAttributes: auth.standard_required_attributes ?? [],
    explicitAuthFlows: [
      'ALLOW_USER_SRP_AUTH',
      'ALLOW_CUSTOM_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
      ...(factors.length > 1 ? (['ALLOW_USER_AUTH'] as const) : []),
    ],
    preventUserExistenceErrors: true,
  };
  return {
    settings,
    unmodelled: [],
    notes: [
      'amplify_outputs.json does not hold the app client or the device settings: assumed as Amplify Gen 2 ' +
        'creates them (SRP, custom and refresh flows, USER_AUTH with passwordless, existence errors prevented, ' +
        'case-insensitive usernames, no device tracking). Use --pool with describe-user-pool output for the exact pool.',
    ],
  };
}
