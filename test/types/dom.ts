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
