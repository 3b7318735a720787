/** What the package exports besides registering its elements. */
export { AuthSignIn } from './auth-sign-in.js';
export { AuthStepElement } from './shared/auth-step-element.js';
/** Brings the events' global typing (`addEventListener`, Angular's `$event`) along with the package's types. */
export type { AuthEventMap } from './events.js';
export type {
  AuthService,
  AccountService,
  AuthFlowType,
  FirstFactor,
  MfaType,
  SignInResult,
  NextSignInStep,
} from '../src/auth-service.js';
export type {
  AuthBeforeStepChangeDetail,
  AuthErrorDetail,
  AuthEventDetails,
  AuthEventName,
  AuthSignedInDetail,
  AuthSignedUpDetail,
  AuthStepChangeDetail,
} from '../src/events.js';
export type { MessageOverrides } from '../src/i18n.js';
export type {
  AuthHook,
  AuthHooks,
  ClientMetadata,
  FormValues,
  HookOutcome,
  HookResult,
  InputRefusal,
} from '../src/flow/hooks.js';
export { KNOWN_STEPS, type Step, type KnownStep } from '../src/flow/steps.js';
export type { MessageId } from '../src/messages/en.js';
export { authContext, type AuthContextError, type AuthContextKey, type AuthContextValue } from '../src/auth-context.js';
export type { PasswordPolicy } from '../src/flow/password-policy.js';
export type { CodeDelivery } from '../src/auth-service.js';
export type { IdentifierKind } from '../src/identifier-kind.js';
