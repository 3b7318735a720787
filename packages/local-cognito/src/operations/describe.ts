/** DescribeUserPool / DescribeUserPoolClient: the pool file's own objects, or the settings in their shape. */
import type { PoolSettings } from '../settings.js';
import type { Json } from './context.js';

/** The AWS CLI prints timestamps as ISO strings; the JSON protocol carries epoch seconds. */
function wireDates(object: Json): Json {
  return Object.fromEntries(
    Object.entries(object).map(([key, value]) => [
      key,
      key.endsWith('Date') && typeof value === 'string' ? Date.parse(value) / 1000 : value,
    ]),
  );
}

export function describeUserPool(settings: PoolSettings): Json {
  if (settings.source) return wireDates(settings.source.UserPool);
  const policy = settings.passwordPolicy;
  return {
    Id: settings.poolId,
    Name: settings.poolId.slice(settings.poolId.indexOf('_') + 1),
    Policies: {
      PasswordPolicy: {
        MinimumLength: policy.minimumLength,
        RequireUppercase: policy.requireUppercase,
        RequireLowercase: policy.requireLowercase,
        RequireNumbers: policy.requireNumbers,
        RequireSymbols: policy.requireSymbols,
        TemporaryPasswordValidityDays: Math.round(settings.temporaryPasswordTtlMs / 86_400_000),
      },
      SignInPolicy: { AllowedFirstAuthFactors: settings.allowedFirstAuthFactors },
    },
    SchemaAttributes: settings.requiredAttributes.map((Name) => ({
      Name,
      AttributeDataType: 'String',
      Required: true,
      Mutable: true,
    })),
    AutoVerifiedAttributes: settings.autoVerifiedAttributes,
    ...(settings.usernameAttributes.length ? { UsernameAttributes: settings.usernameAttributes } : {}),
    ...(settings.aliasAttributes.length ? { AliasAttributes: settings.aliasAttributes } : {}),
    UsernameConfiguration: { CaseSensitive: settings.caseSensitive },
    MfaConfiguration: settings.mfa.configuration,
    ...(settings.devices
      ? {
          DeviceConfiguration: {
            ChallengeRequiredOnNewDevice: settings.devices.challengeRequiredOnNewDevice,
            DeviceOnlyRememberedOnUserPrompt: settings.devices.onlyRememberedOnUserPrompt,
          },
        }
      : {}),
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: !settings.signUpAllowed },
    AccountRecoverySetting: {
      RecoveryMechanisms: settings.recovery.map((name, index) => ({
        Priority: index + 1,
        Name: name === 'admin_only' ? name : `verified_${name}`,
      })),
    },
    EstimatedNumberOfUsers: settings.users.length,
  };
}

export function describeUserPoolClient(settings: PoolSettings): Json {
  if (settings.source) return wireDates(settings.source.UserPoolClient);
  return {
    UserPoolId: settings.poolId,
    ClientId: settings.clientId,
    ClientName: 'local',
    ExplicitAuthFlows: settings.explicitAuthFlows,
    PreventUserExistenceErrors: settings.preventUserExistenceErrors ? 'ENABLED' : 'LEGACY',
    AuthSessionValidity: Math.round(settings.sessionTtlMs / 60_000),
    AccessTokenValidity: settings.tokenTtlSec / 60,
    IdTokenValidity: settings.idTokenTtlSec / 60,
    RefreshTokenValidity: settings.refreshTokenTtlSec / 60,
    TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
  };
}
