/**
 * The CDN build's `amplify.ts`: the page has no app of its own, so Amplify from `@aws-amplify/core` with the user-pool
 * token provider only. The identity-pool credentials provider that `aws-amplify`'s `Amplify.configure` wires (about
 * 2.5 KB gzip) is left out: the widget never asks for AWS credentials.
 */
import { Amplify, type ResourcesConfig } from '@aws-amplify/core';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';

export { Amplify };

export function configureAmplify(config: ResourcesConfig) {
  if (config.Auth) cognitoUserPoolsTokenProvider.setAuthConfig(config.Auth);
  Amplify.configure(config, { Auth: { tokenProvider: cognitoUserPoolsTokenProvider } });
}
