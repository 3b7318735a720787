/** The configuration types the widget accepts: exactly what the app's `Amplify.configure` accepts. */
import type { Amplify, ResourcesConfig } from 'aws-amplify';

/** A `ResourcesConfig`, an `amplify_outputs.json` object (imported JSON included), or a legacy `aws-exports` object. */
export type AmplifyConfiguration = Parameters<typeof Amplify.configure>[0];

/**
 * The app's configuration with the widget's Auth settings on top: every other category (API, Storage, …) is kept.
 * `userPoolEndpoint` alone points the app's own Auth settings at another endpoint.
 */
export function mergeAuthSettings(
  current: ResourcesConfig,
  widget: ResourcesConfig | undefined,
  userPoolEndpoint?: string,
): ResourcesConfig {
  const auth = widget?.Auth ?? current.Auth;
  const cognito = { ...auth?.Cognito, ...(userPoolEndpoint ? { userPoolEndpoint } : {}) };
  return { ...current, Auth: { ...auth, Cognito: cognito } as NonNullable<ResourcesConfig['Auth']> };
}
