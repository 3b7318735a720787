// Loaded only with OAuth settings: social sign-in, and completing the return from the provider.
import 'aws-amplify/auth/enable-oauth-listener';
export { signInWithRedirect } from 'aws-amplify/auth';
