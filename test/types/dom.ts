// The element from the DOM, as Angular and plain TypeScript meet it.
import 'auth-sign-in';
import { Amplify, type ResourcesConfig } from 'aws-amplify';
import outputs from './amplify_outputs.json';

const el = document.createElement('auth-sign-in');
el.config = Amplify.getConfig();
el.config = outputs;
const resources: ResourcesConfig = { Auth: { Cognito: { userPoolId: 'us-east-1_x', userPoolClientId: 'c' } } };
el.config = resources;
el.addEventListener('auth-signed-in', (event) => event.detail.userId.length);
// @ts-expect-error: a string is not a configuration
el.config = 'amplify_outputs.json';
// @ts-expect-error: `step` is the widget's, read-only
el.step = 'DONE';

// Hooks and client metadata, typed from the package's own exports.
import type { AuthHooks, ClientMetadata, InputRefusal } from 'auth-sign-in';
const metadata: ClientMetadata = { site: 'shop' };
el.clientMetadata = metadata;
const refusal: InputRefusal = { field: 'username', message: 'Use your work email.' };
const hooks: AuthHooks = {
  validate: (step, values) => {
    if (step === 'SIGN_IN' && !values.username?.endsWith('@example.com')) throw refusal;
  },
  beforeSignIn: async (_step, values) => ({ ...values, username: values.username?.trim().toLowerCase() }),
  beforeSignUp: (_step, values) => ({ values, clientMetadata: { source: 'newsletter' } }),
};
el.hooks = hooks;
// @ts-expect-error: client metadata holds strings only
el.clientMetadata = { count: 1 };
// @ts-expect-error: a hook returns values, an outcome or nothing
el.hooks = { beforeSignIn: () => 42 };
