/**
 * Federated users as Cognito makes them: username `<provider>_<subject>` (provider name lower-cased), status
 * `EXTERNAL_PROVIDER`, the provider's claims mapped to attributes by the provider's `AttributeMapping`, and the
 * `identities` attribute (a JSON list, which the ID token carries as a claim). A second sign-in with the same
 * identity finds the same user and refreshes its mapped attributes, as Cognito does at every federated sign-in.
 */
import type { ProviderIdentity } from './identities.js';
import type { providerSettings } from './settings.js';

export interface FederatedUser {
  username: string;
  sub: string;
  attributes: Record<string, string>;
}

/** As much of the pool's user store as federation needs. */
export interface FederatedUserStore {
  find(username: string): FederatedUser | undefined;
  /** Adds a user with status `EXTERNAL_PROVIDER` (and no usable password), kept in the data file. */
  createExternal(username: string, attributes: Record<string, string>): Promise<FederatedUser>;
  /** Writes the data file after attributes changed. */
  persist(): void;
}

type Provider = ReturnType<typeof providerSettings>;

export const federatedUsername = (provider: Provider, identity: ProviderIdentity) =>
  `${provider.ProviderName.toLowerCase()}_${identity.sub}`;

function mappedAttributes(provider: Provider, identity: ProviderIdentity): Record<string, string> {
  const claims = identity as unknown as Record<string, string | undefined>;
  const out: Record<string, string> = {};
  for (const [attribute, claim] of Object.entries(provider.AttributeMapping)) {
    const value = claims[claim];
    if (value !== undefined) out[attribute] = value;
  }
  return out;
}

/** Finds the user of this identity, or creates it as Cognito does at a first federated sign-in. */
export async function signInFederated(
  store: FederatedUserStore,
  provider: Provider,
  identity: ProviderIdentity,
  now: number,
): Promise<FederatedUser> {
  const username = federatedUsername(provider, identity);
  const mapped = mappedAttributes(provider, identity);
  const existing = store.find(username);
  if (existing) {
    Object.assign(existing.attributes, mapped);
    store.persist();
    return existing;
  }
  const identities = [
    {
      userId: identity.sub,
      providerName: provider.ProviderName,
      providerType: provider.ProviderType,
      issuer: provider.issuer,
      primary: 'true',
      dateCreated: String(now),
    },
  ];
  return store.createExternal(username, { ...mapped, identities: JSON.stringify(identities) });
}
