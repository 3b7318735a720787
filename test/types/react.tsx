// React 19 + TypeScript, as an app writes it: `import 'auth-sign-in'` is all the typing it needs.
import 'auth-sign-in';
import type { AuthSignedInDetail } from 'auth-sign-in';
import { Amplify } from 'aws-amplify';
import outputs from './amplify_outputs.json';

export const configured = (
  <auth-sign-in
    config={Amplify.getConfig()}
    user-pool-endpoint="http://localhost:9229"
    auth-flow-type="USER_AUTH"
    preferred-challenge="EMAIL_OTP"
    defer-hydration
    className="login"
    onauth-signed-in={(event) => event.detail.username.toUpperCase()}
    onauth-step-change={(event) => event.detail.previousStep}
    onauth-error={(event) => event.detail.name}
  />
);

export const fromOutputs = <auth-sign-in config={outputs} configSrc="/amplify_outputs.json" lang="ja" />;

// @ts-expect-error: not a flow type
export const wrongFlow = <auth-sign-in auth-flow-type="SRP" />;

// @ts-expect-error: the event carries no password
export const noPassword = <auth-sign-in onauth-signed-in={(event) => event.detail.password} />;

// @ts-expect-error: a number is not a configuration
export const wrongConfig = <auth-sign-in config={42} />;

export const onSignedIn = (detail: AuthSignedInDetail) => detail.loginId;

export const account = (
  <auth-account
    user-pool-endpoint="http://localhost:9229"
    sections="password sessions"
    onauth-account-change={(event) => event.detail.section}
    onauth-signed-out={(event) => event.detail}
  />
);

// @ts-expect-error: the change names a section and an action, never a password
export const noSecret = <auth-account onauth-account-change={(event) => event.detail.password} />;
