/**
 * The local server answers the admin operations (and ListUsers) only with a SigV4-shaped Authorization header, as
 * AWS does; the AWS SDK and CLI sign with any credentials. A raw test call adds this one (the signature is not checked).
 */
export const SIGV4_AUTHORIZATION =
  'AWS4-HMAC-SHA256 Credential=local/20261204/us-east-1/cognito-idp/aws4_request, ' +
  `SignedHeaders=host;x-amz-date;x-amz-target, Signature=${'0'.repeat(64)}`;

/** `{ authorization }` for an admin operation (`AdminGetUser`, `ListUsers`, …), nothing for the others. */
export const adminHeaders = (operation: string): Record<string, string> =>
  /^(AWSCognitoIdentityProviderService\.)?(Admin\w+|ListUsers)$/.test(operation)
    ? { authorization: SIGV4_AUTHORIZATION }
    : {};
