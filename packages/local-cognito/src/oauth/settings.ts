/**
 * The hosted UI's settings: the app client's OAuth fields, named as `aws cognito-idp describe-user-pool-client`
 * prints them, and the pool's identity providers, as `aws cognito-idp describe-identity-provider` prints them.
 */

export interface OAuthClientSettings {
  ClientId: string;
  /** A confidential client: `/oauth2/token` and `/oauth2/revoke` then want the secret (Basic or form field). */
  ClientSecret?: string;
  CallbackURLs: string[];
  LogoutURLs: string[];
  /** `code`, `implicit`, `client_credentials`. */
  AllowedOAuthFlows: string[];
  AllowedOAuthScopes: string[];
  AllowedOAuthFlowsUserPoolClient: boolean;
  /** `COGNITO`, `Google`, `Facebook`, `SignInWithApple`, `LoginWithAmazon`, and the pool's OIDC/SAML provider names. */
  SupportedIdentityProviders: string[];
}

export type ProviderType = 'Google' | 'Facebook' | 'SignInWithApple' | 'LoginWithAmazon' | 'OIDC' | 'SAML';

export interface IdentityProviderSettings {
  ProviderName: string;
  ProviderType: ProviderType;
  /** Pool attribute → the provider's claim. */
  AttributeMapping?: Record<string, string>;
  /** Other names `idp_identifier` may use for this provider (e.g. an email domain). */
  IdpIdentifiers?: string[];
  /** `oidc_issuer` for OIDC providers. */
  ProviderDetails?: Record<string, string>;
}

export const SOCIAL_PROVIDERS: readonly ProviderType[] = ['Google', 'Facebook', 'SignInWithApple', 'LoginWithAmazon'];

export const ALL_SCOPES = ['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin'];

/** The demo pool's client: the demo page as callback and logout URL, the four social providers. */
export function demoOAuthClient(clientId: string, pageUrls: string[]): OAuthClientSettings {
  return {
    ClientId: clientId,
    CallbackURLs: [...pageUrls],
    LogoutURLs: [...pageUrls],
    AllowedOAuthFlows: ['code'],
    AllowedOAuthScopes: [...ALL_SCOPES],
    AllowedOAuthFlowsUserPoolClient: true,
    SupportedIdentityProviders: ['COGNITO', ...SOCIAL_PROVIDERS],
  };
}

const DEFAULT_MAPPING: Record<string, string> = {
  email: 'email',
  email_verified: 'email_verified',
  name: 'name',
  given_name: 'given_name',
  family_name: 'family_name',
};

/** How a provider the client supports is set up: from the pool's list, else the social type of that name, else OIDC. */
export function providerSettings(
  name: string,
  providers: readonly IdentityProviderSettings[],
): Required<Omit<IdentityProviderSettings, 'ProviderDetails'>> & { issuer: string | null } {
  const listed = providers.find((p) => p.ProviderName === name);
  const type: ProviderType =
    listed?.ProviderType ?? (SOCIAL_PROVIDERS.includes(name as ProviderType) ? (name as ProviderType) : 'OIDC');
  return {
    ProviderName: name,
    ProviderType: type,
    AttributeMapping: listed?.AttributeMapping ?? DEFAULT_MAPPING,
    IdpIdentifiers: listed?.IdpIdentifiers ?? [],
    issuer: type === 'OIDC' ? (listed?.ProviderDetails?.oidc_issuer ?? `https://${name.toLowerCase()}.example`) : null,
  };
}

/**
 * The provider an authorize request names (`identity_provider`, else `idp_identifier`), when the client supports
 * it; `COGNITO` for the managed login page; `undefined` for a name the client does not offer.
 */
export function resolveProvider(
  client: OAuthClientSettings,
  providers: readonly IdentityProviderSettings[],
  identityProvider: string | null,
  idpIdentifier: string | null,
): string | undefined {
  const supported = client.SupportedIdentityProviders;
  if (identityProvider) return supported.includes(identityProvider) ? identityProvider : undefined;
  if (idpIdentifier) {
    const byIdentifier = providers.find((p) => p.IdpIdentifiers?.includes(idpIdentifier))?.ProviderName;
    const name = byIdentifier ?? (supported.includes(idpIdentifier) ? idpIdentifier : undefined);
    return name && name !== 'COGNITO' && supported.includes(name) ? name : undefined;
  }
  return supported.includes('COGNITO') ? 'COGNITO' : undefined;
}
