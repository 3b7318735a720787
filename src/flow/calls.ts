/**
 * The call table: every service call a step's submit (or the flow itself) makes, how it is made, and a pure
 * function from its result to what comes next: a step, another call at once, the end of a sign-in, or `SIGN_IN`
 * again. `controller.ts` runs these rows and knows no call by name.
 */
import type {
  AuthService,
  ClientMetadata,
  CodeDelivery,
  ConfirmSignInRequest,
  ContactAttribute,
  SignInRequest,
  SignInResult,
  SignUpRequest,
} from '../auth-service.js';
import type { AuthSignedUpDetail } from '../events.js';
import { replaySignIn, type Attempt } from './resend.js';
import type { AuthFlowType } from '../auth-service.js';
import { errorName, type FlowError } from './errors.js';
import type { StepData } from './step-data.js';
import type { Step } from './steps.js';
import type { Notice } from './store.js';
import { offersFirstFactors, signInNext, type SignInOutcome } from './transitions.js';

/** What each call takes. */
export interface CallInputs {
  signIn: SignInRequest;
  /** A new code on a sign-in code step: the sign-in started again and the answers given since replayed. */
  replaySignIn: Attempt;
  /** `rememberDevice`: the "Remember this device" box was ticked on the step answered. */
  confirmSignIn: ConfirmSignInRequest & { rememberDevice?: boolean };
  autoSignIn: Record<string, never>;
  signUp: SignUpRequest;
  confirmSignUp: { username: string; code: string };
  resendSignUpCode: { username: string };
  /** A sign-in met an unconfirmed account: Cognito sent no code, so the flow asks for one (a failure is ignored). */
  sendSignUpCode: { username: string };
  resetPassword: { username: string };
  confirmResetPassword: { username: string; code: string; newPassword: string };
  sendUserAttributeVerificationCode: { attribute: ContactAttribute };
  confirmUserAttribute: { attribute: ContactAttribute; code: string };
  registerPasskey: Record<string, never>;
}

export type CallName = keyof CallInputs;

/**
 * The calls off the sign-in path (sign-up, password reset, contact verification, passkey registration): their rows
 * are in `off-path-calls.ts`, loaded the first time one is made.
 */
export type OffPathCallName =
  | 'signUp'
  | 'confirmSignUp'
  | 'resendSignUpCode'
  | 'sendSignUpCode'
  | 'resetPassword'
  | 'confirmResetPassword'
  | 'sendUserAttributeVerificationCode'
  | 'confirmUserAttribute'
  | 'registerPasskey';
export type Call = { [N in CallName]: { name: N; input: CallInputs[N] } }[CallName];

/** What the pure mapping knows besides the result. */
export interface CallContext {
  /** The step the call was made on, and its details. */
  step: Step | undefined;
  data: StepData;
  /** What the user typed as username or identifier. */
  username: string;
  totpIssuer: string;
  authFlowType: AuthFlowType;
  /** The sign-in typed on `SIGN_IN`, kept in memory while a code may have to be resent or an account confirmed. */
  attempt?: SignInRequest;
}

/** Where a result leads. `error`: shown once there (a fallback that still failed as asked). */
export type Next = (
  | {
      kind: 'step';
      step: Step;
      data: StepData;
      totp?: { secret: string; uri: string };
      notice?: Notice;
      codeSent?: boolean;
    }
  | { kind: 'call'; call: Call }
  | { kind: 'signedIn'; rememberDevice?: boolean }
  /** The stages after a sign-in (verify a contact, offer a passkey, `DONE`) that come after `from`. */
  | { kind: 'afterSignIn'; from: Step; notice?: Notice }
  | { kind: 'startOver'; notice?: Notice }
) & { error?: unknown };

/** What a call may tell the page besides the step change. */
export interface CallAnnouncer {
  signedUp(detail: AuthSignedUpDetail): void;
  passkeyRegistered(): void;
}

export interface CallRow<N extends CallName, R> {
  /** `clientMetadata`: for the Amplify calls that take it (Cognito hands it to the pool's Lambda triggers). */
  run(service: AuthService, input: CallInputs[N], clientMetadata?: ClientMetadata): Promise<R>;
  next(result: R, input: CallInputs[N], context: CallContext): Next;
  /** A failure that still leads somewhere (the failure shown there); `undefined`: it shows on the step. */
  recover?(error: unknown, input: CallInputs[N], context: CallContext): Next | undefined;
  /** Where a described failure sits (and in which words), when that depends on what was sent. */
  placeError?(error: FlowError, input: CallInputs[N]): Partial<FlowError> | undefined;
  /** Starts a sign-in: it holds the page's sign-in lock; the request is what a resend replays. */
  startsSignIn?(input: CallInputs[N]): SignInRequest | undefined;
  announce?(announcer: CallAnnouncer, result: R, input: CallInputs[N]): void;
}

/** A sign-in result, with whether passkeys work here when it offers first factors (the choice shows them then). */
async function signInOutcome(service: AuthService, result: SignInResult): Promise<SignInOutcome> {
  const passkeysSupported = offersFirstFactors(result) ? await service.supportsPasskeys().catch(() => false) : false;
  return { result, passkeysSupported };
}

export const codeStep = (step: Step, codeDelivery: CodeDelivery, data: StepData = {}): Next => ({
  kind: 'step',
  step,
  data: { ...data, codeDelivery },
});

/** A preference that cannot be used, or a cancelled passkey (Amplify dropped the sign-in): the choice is offered. */
const preferenceFailed = (error: unknown) => {
  const name = errorName(error);
  return name === 'InvalidPreferredChallenge' || name.startsWith('Passkey');
};

const ROWS = {
  signIn: {
    run: async (service, request, metadata) => signInOutcome(service, await service.signIn(request, metadata)),
    next: signInNext,
    recover(error, request) {
      // Signed in meanwhile (another tab): this form ends signed in too, not in an error.
      if (errorName(error) === 'UserAlreadyAuthenticatedException') return { kind: 'signedIn' };
      if (!request.preferredChallenge || !preferenceFailed(error)) return undefined;
      const { preferredChallenge: _dropped, ...withoutPreference } = request;
      return { kind: 'call', call: { name: 'signIn', input: withoutPreference }, error };
    },
    startsSignIn: (request) => request,
  } satisfies CallRow<'signIn', SignInOutcome>,
  replaySignIn: {
    run: async (service, attempt, metadata) => signInOutcome(service, await replaySignIn(service, attempt, metadata)),
    next: signInNext,
  } satisfies CallRow<'replaySignIn', SignInOutcome>,
  confirmSignIn: {
    run: async (service, { challengeResponse, userAttributes }, metadata) =>
      signInOutcome(service, await service.confirmSignIn({ challengeResponse, userAttributes }, metadata)),
    next: signInNext,
  } satisfies CallRow<'confirmSignIn', SignInOutcome>,
  autoSignIn: {
    run: async (service) => signInOutcome(service, await service.autoSignIn()),
    next: signInNext,
    // Amplify's auto sign-in is over (it lives 3 minutes, in this page only): the account is confirmed, so sign in.
    recover: (error, _input, context) =>
      errorName(error) === 'AutoSignInException' && context.step === 'CONFIRM_SIGN_UP'
        ? { kind: 'startOver', notice: { messageId: 'notice.accountConfirmed' } }
        : undefined,
    startsSignIn: () => undefined,
  } satisfies CallRow<'autoSignIn', SignInOutcome>,
} satisfies Record<Exclude<CallName, OffPathCallName>, unknown>;

/**
 * The row of a call (every call has one: `ROWS` and `OFF_PATH_ROWS` are checked against `CallInputs`): at once for
 * the calls of the sign-in path, so a call starts in the same task as its submit; a promise of it for the calls off
 * that path, whose rows load the first time one is made.
 */
export function callRow<N extends CallName>(name: N): CallRow<N, unknown> | Promise<CallRow<N, unknown>> {
  if (Object.hasOwn(ROWS, name))
    return ROWS[name as Exclude<CallName, OffPathCallName>] as unknown as CallRow<N, unknown>;
  return import('./off-path.js').then(
    ({ OFF_PATH_ROWS }) => OFF_PATH_ROWS[name as OffPathCallName] as unknown as CallRow<N, unknown>,
  );
}
