/**
 * An app that configures Amplify itself (Auth, API, Storage) before the widget loads, then adds `<auth-sign-in>`
 * configured one way (`?mode=`). Bundled with esbuild by app-amplify.test.ts, the widget's npm build and the app's
 * `aws-amplify` in one bundle: one Amplify, as an app's bundler makes it.
 *
 * mode=config | config-src | pool-ids: the app's own Auth names another pool; the widget's must win.
 * mode=endpoint: the app's Auth names the local pool but not its endpoint; the widget adds `user-pool-endpoint`.
 * mode=nothing: the app's Auth is complete; the widget has no configuration of its own.
 */
import { Amplify, type ResourcesConfig } from 'aws-amplify';
import '../../../dist/auth-sign-in.js';

const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'nothing';
const userPoolId = params.get('user-pool-id')!;
const userPoolClientId = params.get('user-pool-client-id')!;
const endpoint = params.get('user-pool-endpoint')!;

const appAuth =
  mode === 'endpoint' || mode === 'nothing'
    ? { userPoolId, userPoolClientId, ...(mode === 'nothing' ? { userPoolEndpoint: endpoint } : {}) }
    : { userPoolId: 'us-east-1_appsOwnPool', userPoolClientId: 'appsOwnClient' };

const appConfig: ResourcesConfig = {
  Auth: { Cognito: appAuth },
  API: {
    GraphQL: {
      endpoint: 'https://app.appsync-api.us-east-1.amazonaws.com/graphql',
      region: 'us-east-1',
      defaultAuthMode: 'userPool',
    },
  },
  Storage: { S3: { bucket: 'app-uploads', region: 'us-east-1' } },
};
Amplify.configure(appConfig);

const outputs = {
  version: '1.4',
  auth: { aws_region: 'us-east-1', user_pool_id: userPoolId, user_pool_client_id: userPoolClientId },
};

const w = window as unknown as { events: { type: string; detail: unknown }[]; amplifyConfig: () => ResourcesConfig };
w.events = [];
w.amplifyConfig = () => JSON.parse(JSON.stringify(Amplify.getConfig()));

const el = document.createElement('auth-sign-in');
if (mode === 'config') el.config = outputs;
if (mode === 'config-src') el.setAttribute('config-src', `/outputs.json?${params}`);
if (mode === 'pool-ids') {
  el.setAttribute('user-pool-id', userPoolId);
  el.setAttribute('user-pool-client-id', userPoolClientId);
}
if (mode !== 'nothing') el.setAttribute('user-pool-endpoint', endpoint);
for (const type of ['auth-step-change', 'auth-signed-in', 'auth-error'] as const) {
  el.addEventListener(type, (event) => w.events.push({ type, detail: event.detail }));
}
document.getElementById('app')!.append(el);
