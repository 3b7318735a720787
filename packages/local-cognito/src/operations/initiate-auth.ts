/** InitiateAuth: one starter per auth flow (a new flow gets its row in FLOWS). */
import { invalidParameter, invalidSession, missingParameter, userNotConfirmed } from '../errors.js';
import type { ExplicitAuthFlow } from '../settings.js';
import type { AuthFlow } from '../store/sessions.js';
import type { User } from '../store/users.js';
import { afterPassword } from './after-password.js';
import { startCustomChallenge } from './challenges/custom-challenge.js';
import { startPasswordVerifier } from './challenges/password-verifier.js';
import { FIRST_FACTORS, startFirstFactor, startSelectChallenge } from './challenges/select-challenge.js';
import { checkClientId, mapParameter, str, type Json, type Operation, type OperationContext } from './context.js';
import { checkPassword, refuseResetRequired } from './passwords.js';
import { finishSignIn, signInOf, signInUser, type SignIn } from './sign-in.js';
import { refreshedTokens } from './tokens.js';

type Starter = (ctx: OperationContext, parameters: Json, body: Json) => Json | Promise<Json>;

/** A sign-in starting; DEVICE_KEY names the client's remembered (or tracked) device. */
function newSignIn(user: User, flow: AuthFlow, parameters: Json): SignIn {
  return { user, flow, passwordVerified: false, deviceKey: str(parameters.DEVICE_KEY) };
}

const userSrpAuth: Starter = (ctx, parameters) => {
  const user = signInUser(ctx, parameters.USERNAME);
  return startPasswordVerifier(ctx, newSignIn(user, 'USER_SRP_AUTH', parameters), parameters.SRP_A);
};

const userPasswordAuth: Starter = async (ctx, parameters) => {
  const user = signInUser(ctx, parameters.USERNAME);
  refuseResetRequired(user);
  await checkPassword(ctx, user, parameters.PASSWORD);
  return afterPassword(ctx, newSignIn(user, 'USER_PASSWORD_AUTH', parameters));
};

/** CUSTOM_WITH_SRP (SRP_A given: the password first) or CUSTOM_WITHOUT_SRP (the custom challenge at once). */
const customAuth: Starter = (ctx, parameters) => {
  const user = signInUser(ctx, parameters.USERNAME);
  const signIn = newSignIn(user, 'CUSTOM_AUTH', parameters);
  if (parameters.SRP_A !== undefined || parameters.CHALLENGE_NAME === 'SRP_A')
    return startPasswordVerifier(ctx, signIn, parameters.SRP_A);
  if (parameters.PASSWORD !== undefined) throw invalidParameter('PASSWORD is not allowed in CUSTOM_AUTH without SRP');
  if (user.status === 'UNCONFIRMED') throw userNotConfirmed();
  refuseResetRequired(user);
  return startCustomChallenge(ctx, signIn);
};

/** Tokens for the Session of SignUp / ConfirmSignUp (Amplify's autoSignIn). */
function autoSignIn(ctx: OperationContext, parameters: Json, sessionId: unknown): Promise<Json> {
  const session = ctx.pool.sessions.get(sessionId);
  const otherUser = parameters.USERNAME && ctx.pool.users.find(parameters.USERNAME)?.username !== session.username;
  if (session.challenge !== 'AUTO_SIGN_IN' || otherUser) throw invalidSession();
  const user = ctx.pool.users.require(session.username);
  // SignUp's Session signs the user in only once the account is confirmed.
  if (user.status !== 'CONFIRMED') throw userNotConfirmed();
  return finishSignIn(ctx, signInOf(user, session));
}

/** The factor named by PREFERRED_CHALLENGE if the user has it, otherwise the choice. */
const userAuth: Starter = async (ctx, parameters, body) => {
  if (body.Session !== undefined) return autoSignIn(ctx, parameters, body.Session);
  const signIn = newSignIn(signInUser(ctx, parameters.USERNAME), 'USER_AUTH', parameters);
  const preferred = str(parameters.PREFERRED_CHALLENGE);
  if (preferred) {
    if (!(FIRST_FACTORS as readonly string[]).includes(preferred))
      throw invalidParameter(`Invalid PREFERRED_CHALLENGE: ${preferred}`);
    const started = await startFirstFactor(ctx, signIn, preferred, parameters);
    if (started) return started;
  }
  return startSelectChallenge(ctx, signIn);
};

const refreshTokenAuth: Starter = (ctx, parameters) => refreshedTokens(ctx, parameters.REFRESH_TOKEN);

const adminOnly: Starter = (_ctx, _parameters, body) => {
  throw invalidParameter(`Initiate Auth method not supported: ${body.AuthFlow}`);
};

/** The `ALLOW_…` entry of ExplicitAuthFlows each flow needs. */
const PERMISSIONS: Record<string, ExplicitAuthFlow> = {
  USER_SRP_AUTH: 'ALLOW_USER_SRP_AUTH',
  USER_PASSWORD_AUTH: 'ALLOW_USER_PASSWORD_AUTH',
  CUSTOM_AUTH: 'ALLOW_CUSTOM_AUTH',
  USER_AUTH: 'ALLOW_USER_AUTH',
  REFRESH_TOKEN_AUTH: 'ALLOW_REFRESH_TOKEN_AUTH',
  REFRESH_TOKEN: 'ALLOW_REFRESH_TOKEN_AUTH',
};

const FLOWS: Record<string, Starter> = {
  USER_SRP_AUTH: userSrpAuth,
  USER_PASSWORD_AUTH: userPasswordAuth,
  CUSTOM_AUTH: customAuth,
  USER_AUTH: userAuth,
  REFRESH_TOKEN_AUTH: refreshTokenAuth,
  REFRESH_TOKEN: refreshTokenAuth,
  ADMIN_NO_SRP_AUTH: adminOnly,
  ADMIN_USER_PASSWORD_AUTH: adminOnly,
};

export const initiateAuth: Operation = async (ctx, body) => {
  checkClientId(ctx, body);
  const flow = str(body.AuthFlow);
  if (!flow) throw missingParameter('AuthFlow');
  const parameters = mapParameter(body.AuthParameters, 'AuthParameters');
  if (!Object.hasOwn(FLOWS, flow))
    throw invalidParameter(`1 validation error detected: Value '${flow}' at 'authFlow' failed to satisfy constraint`);
  const permission = PERMISSIONS[flow];
  if (permission && !ctx.settings.explicitAuthFlows.includes(permission))
    throw invalidParameter(`${flow} flow not enabled for this client`);
  return FLOWS[flow](ctx, parameters, body);
};
