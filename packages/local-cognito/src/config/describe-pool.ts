/**
 * A pool from `aws cognito-idp describe-user-pool` / `describe-user-pool-client` (and optionally
 * `get-user-pool-mfa-config`) output: the settings the server honours, and a warning naming what it does not model.
 */
import type { MfaType } from '../seed.js';
import {
  COGNITO_DEFAULTS,
  type AliasAttribute,
  type ExplicitAuthFlow,
  type FirstAuthFactor,
  type MfaSettings,
  type PoolSettings,
  type UsernameAttribute,
} from '../settings.js';
import { customChallengesOf } from './custom-auth.js';
import { seedUsersOf, type PoolFileUser } from './seed-users.js';

type Json = Record<string, any>;

/** `{ UserPool, UserPoolClient, MfaConfig?, Users? }`: the first two exactly as the AWS CLI prints them. */
export interface PoolFile {
  UserPool: Json;
  UserPoolClient: Json;
  MfaConfig?: Json;
  Users?: PoolFileUser[];
  /** What the custom-auth Lambda triggers would ask (`custom-auth.ts`). */
  CustomAuth?: Json;
}

export interface LoadedPool {
  settings: PoolSettings;
  /** Settings present in the file that the server does not model (empty when it models them all). */
  unmodelled: string[];
  /** Notes on what was inferred. */
  notes: string[];
}

/** Keys that describe the pool without changing how it signs users in. */
const DESCRIPTIVE_POOL_KEYS = new Set([
  'Id',
  'Name',
  'Arn',
  'CreationDate',
  'LastModifiedDate',
  'EstimatedNumberOfUsers',
  'UserPoolTags',
  'DeletionProtection',
  'Domain',
  'CustomDomain',
  'UserPoolTier',
  // Delivery: every code lands in /_outbox, whatever the pool's messages and senders.
  'SmsVerificationMessage',
  'EmailVerificationMessage',
  'EmailVerificationSubject',
  'VerificationMessageTemplate',
  'SmsAuthenticationMessage',
  'EmailConfiguration',
  'SmsConfiguration',
  'SmsConfigurationFailure',
  'EmailConfigurationFailure',
]);
const MODELLED_POOL_KEYS = new Set([
  'Policies',
  'SchemaAttributes',
  'AutoVerifiedAttributes',
  'AliasAttributes',
  'UsernameAttributes',
  'MfaConfiguration',
  'DeviceConfiguration',
  'UsernameConfiguration',
  'AdminCreateUserConfig',
  'AccountRecoverySetting',
]);
const DESCRIPTIVE_CLIENT_KEYS = new Set(['UserPoolId', 'ClientName', 'ClientId', 'CreationDate', 'LastModifiedDate']);
const MODELLED_CLIENT_KEYS = new Set([
  'ExplicitAuthFlows',
  'PreventUserExistenceErrors',
  'AuthSessionValidity',
  'AccessTokenValidity',
  'IdTokenValidity',
  'RefreshTokenValidity',
  'TokenValidityUnits',
  'EnableTokenRevocation',
]);

const SECONDS: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

/** A validity in seconds, from a number and its unit (`TokenValidityUnits`). */
function validitySec(value: unknown, unit: unknown, defaultUnit: string, fallback: number): number {
  if (typeof value !== 'number' || value <= 0) return fallback;
  return value * (SECONDS[typeof unit === 'string' ? unit : defaultUnit] ?? SECONDS[defaultUnit]);
}

/** Legacy `ExplicitAuthFlows` names map to their `ALLOW_` forms; none at all = Cognito's default three. */
export function explicitFlows(list: unknown): ExplicitAuthFlow[] {
  if (!Array.isArray(list) || !list.length) return COGNITO_DEFAULTS.explicitAuthFlows;
  const legacy: Record<string, ExplicitAuthFlow[]> = {
    ADMIN_NO_SRP_AUTH: ['ALLOW_ADMIN_USER_PASSWORD_AUTH'],
    CUSTOM_AUTH_FLOW_ONLY: ['ALLOW_CUSTOM_AUTH'],
    USER_PASSWORD_AUTH: ['ALLOW_USER_PASSWORD_AUTH'],
  };
  const flows = list.flatMap((name: string) => legacy[name] ?? [name as ExplicitAuthFlow]);
  return [...new Set(flows)];
}

/** MFA types from `get-user-pool-mfa-config` output, or inferred from the pool (noted). */
function mfaSettings(pool: Json, mfaConfig: Json | undefined, notes: string[]): MfaSettings {
  const configuration = (mfaConfig?.MfaConfiguration ?? pool.MfaConfiguration ?? 'OFF') as MfaSettings['configuration'];
  const types: MfaType[] = [];
  if (mfaConfig) {
    if (mfaConfig.SmsMfaConfiguration) types.push('SMS_MFA');
    if (mfaConfig.SoftwareTokenMfaConfiguration?.Enabled) types.push('SOFTWARE_TOKEN_MFA');
    if (mfaConfig.EmailMfaConfiguration) types.push('EMAIL_OTP');
    return { configuration, types };
  }
  if (configuration === 'OFF') return { configuration, types };
  if (pool.SmsConfiguration) types.push('SMS_MFA');
  types.push('SOFTWARE_TOKEN_MFA');
  if (pool.EmailConfiguration?.EmailSendingAccount === 'DEVELOPER') types.push('EMAIL_OTP');
  notes.push(
    `MFA types inferred from the pool (${types.join(', ')}): add the output of ` +
      '`aws cognito-idp get-user-pool-mfa-config` as "MfaConfig" to say which are on',
  );
  return { configuration, types };
}

/** Names of the settings in `object` that are neither descriptive nor modelled (and not empty). */
function unmodelledKeys(object: Json, prefix: string, descriptive: Set<string>, modelled: Set<string>): string[] {
  return Object.entries(object)
    .filter(([key, value]) => !descriptive.has(key) && !modelled.has(key) && !isEmpty(value))
    .map(([key]) => `${prefix}.${key}`);
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value as Json).every(isEmpty);
  return false;
}

/** Parts of modelled settings that are not modelled themselves. */
function unmodelledParts(pool: Json, client: Json): string[] {
  const parts: string[] = [];
  if (pool.Policies?.PasswordPolicy?.PasswordHistorySize)
    parts.push('UserPool.Policies.PasswordPolicy.PasswordHistorySize');
  if (pool.AdminCreateUserConfig?.InviteMessageTemplate)
    parts.push('UserPool.AdminCreateUserConfig.InviteMessageTemplate (codes land in /_outbox)');
  if (pool.LambdaConfig && !isEmpty(pool.LambdaConfig)) parts.push('UserPool.LambdaConfig (triggers are not run)');
  if (
    pool.UserPoolAddOns &&
    pool.UserPoolAddOns.AdvancedSecurityMode &&
    pool.UserPoolAddOns.AdvancedSecurityMode !== 'OFF'
  )
    parts.push('UserPool.UserPoolAddOns.AdvancedSecurityMode (no threat protection)');
  if (client.ClientSecret) parts.push('UserPoolClient.ClientSecret (SECRET_HASH is not checked)');
  return parts;
}

/** `AccountRecoverySetting.RecoveryMechanisms` by priority, as attribute names. */
function recoveryOf(setting: Json | undefined): PoolSettings['recovery'] {
  const mechanisms = (setting?.RecoveryMechanisms ?? []) as Json[];
  if (!mechanisms.length) return COGNITO_DEFAULTS.recovery;
  const names: Record<string, PoolSettings['recovery'][number]> = {
    verified_email: 'email',
    verified_phone_number: 'phone_number',
    admin_only: 'admin_only',
  };
  return [...mechanisms]
    .sort((a, b) => a.Priority - b.Priority)
    .map((mechanism) => names[mechanism.Name])
    .filter(Boolean);
}

export function loadPoolFile(file: PoolFile): LoadedPool {
  const pool = file.UserPool ?? {};
  const client = file.UserPoolClient ?? {};
  if (typeof pool.Id !== 'string' || !/^[\w-]+_[0-9a-zA-Z]+$/.test(pool.Id))
    throw new Error('UserPool.Id is missing or not a user pool id (region_name)');
  if (typeof client.ClientId !== 'string' || !client.ClientId) throw new Error('UserPoolClient.ClientId is missing');
  const notes: string[] = [];
  const passwordPolicy = pool.Policies?.PasswordPolicy ?? {};
  const defaults = COGNITO_DEFAULTS;
  const units = client.TokenValidityUnits ?? {};
  const settings: PoolSettings = {
    ...defaults,
    poolId: pool.Id,
    clientId: client.ClientId,
    users: [],
    usernameAttributes: (pool.UsernameAttributes ?? []) as UsernameAttribute[],
    aliasAttributes: (pool.AliasAttributes ?? []) as AliasAttribute[],
    caseSensitive: pool.UsernameConfiguration?.CaseSensitive ?? true,
    passwordPolicy: {
      minimumLength: passwordPolicy.MinimumLength ?? defaults.passwordPolicy.minimumLength,
      requireUppercase: passwordPolicy.RequireUppercase ?? false,
      requireLowercase: passwordPolicy.RequireLowercase ?? false,
      requireNumbers: passwordPolicy.RequireNumbers ?? false,
      requireSymbols: passwordPolicy.RequireSymbols ?? false,
    },
    temporaryPasswordTtlMs: (passwordPolicy.TemporaryPasswordValidityDays ?? 7) * 86_400_000,
    allowedFirstAuthFactors: (pool.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? [
      'PASSWORD',
    ]) as FirstAuthFactor[],
    mfa: mfaSettings(pool, file.MfaConfig, notes),
    devices: pool.DeviceConfiguration
      ? {
          challengeRequiredOnNewDevice: !!pool.DeviceConfiguration.ChallengeRequiredOnNewDevice,
          onlyRememberedOnUserPrompt: !!pool.DeviceConfiguration.DeviceOnlyRememberedOnUserPrompt,
        }
      : undefined,
    autoVerifiedAttributes: (pool.AutoVerifiedAttributes ?? []) as UsernameAttribute[],
    // Real output lists `sub` as required: Cognito assigns it, no caller gives it.
    emailVerificationByLink: pool.VerificationMessageTemplate?.DefaultEmailOption === 'CONFIRM_WITH_LINK',
    requiredAttributes: ((pool.SchemaAttributes ?? []) as Json[])
      .filter((attribute) => attribute.Required && attribute.Name !== 'sub')
      .map((attribute) => String(attribute.Name)),
    recovery: recoveryOf(pool.AccountRecoverySetting),
    signUpAllowed: !pool.AdminCreateUserConfig?.AllowAdminCreateUserOnly,
    explicitAuthFlows: explicitFlows(client.ExplicitAuthFlows),
    preventUserExistenceErrors: client.PreventUserExistenceErrors === 'ENABLED',
    sessionTtlMs: (client.AuthSessionValidity ?? 3) * 60_000,
    tokenTtlSec: validitySec(client.AccessTokenValidity, units.AccessToken, 'hours', defaults.tokenTtlSec),
    idTokenTtlSec: validitySec(client.IdTokenValidity, units.IdToken, 'hours', defaults.idTokenTtlSec),
    refreshTokenTtlSec: validitySec(
      client.RefreshTokenValidity,
      units.RefreshToken,
      'days',
      defaults.refreshTokenTtlSec,
    ),
  };
  const unmodelled = [
    ...unmodelledKeys(pool, 'UserPool', DESCRIPTIVE_POOL_KEYS, MODELLED_POOL_KEYS).filter(
      (key) => key !== 'UserPool.LambdaConfig' && key !== 'UserPool.UserPoolAddOns',
    ),
    ...unmodelledKeys(client, 'UserPoolClient', DESCRIPTIVE_CLIENT_KEYS, MODELLED_CLIENT_KEYS).filter(
      (key) => key !== 'UserPoolClient.ClientSecret',
    ),
    ...unmodelledParts(pool, client),
  ];
  settings.customChallenges = customChallengesOf(file.CustomAuth, defaults.customChallenges);
  settings.users = seedUsersOf(file.Users ?? [], settings);
  settings.source = { UserPool: pool, UserPoolClient: client };
  return { settings, unmodelled, notes };
}
