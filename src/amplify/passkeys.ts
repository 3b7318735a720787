// Loaded only when a passkey is offered or registered.
export { associateWebAuthnCredential, listWebAuthnCredentials } from 'aws-amplify/auth';
export { browserSupportsWebAuthn, platformAuthenticatorIsAvailable } from '@simplewebauthn/browser';
