/** Resolves how the widget is configured, in the order the README's Configuration section gives: `config`, `config-src`, pool ids, the app's Amplify. */
import type { ServiceConfiguration } from './auth-service.js';

export interface ConfigInputs {
  config?: object;
  configSrc?: string;
  userPoolId?: string;
  userPoolClientId?: string;
  userPoolEndpoint?: string;
}

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export async function resolveConfiguration(
  { config, configSrc, userPoolId, userPoolClientId, userPoolEndpoint }: ConfigInputs,
  fetchJson: (url: string) => Promise<unknown> = defaultFetchJson,
): Promise<ServiceConfiguration> {
  const endpoint = userPoolEndpoint ? { userPoolEndpoint } : {};
  if (config) return { config, ...endpoint };
  if (configSrc) return { config: (await fetchJson(configSrc)) as object, ...endpoint };
  if (userPoolId && userPoolClientId) {
    return { config: { Auth: { Cognito: { userPoolId, userPoolClientId } } }, ...endpoint };
  }
  return endpoint;
}

async function defaultFetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new ConfigurationError(`Could not load ${url}: HTTP ${response.status}`);
  return response.json();
}
