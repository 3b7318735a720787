/**
 * The context `<auth-sign-in>` provides to everything inside it, the page's own elements in a step's slot included
 * (the Context Community Protocol, as `@lit/context` speaks it): the current step, its public data, busy and error
 * state, the language, and the actions a screen takes. Knows no DOM: the host builds the value from the flow.
 */
import type { CodeDelivery } from './auth-service.js';
import type { PasswordPolicy } from './flow/password-policy.js';
import type { Step } from './flow/steps.js';
import type { IdentifierKind } from './identifier-kind.js';

/**
 * A context key typed with the value it carries: the same shape as `@lit/context`'s `Context`, so
 * `@consume({ context: authContext })` types its property as `AuthContextValue`.
 */
export type AuthContextKey<Key, Value> = Key & { __context__: Value };

/** An error as the page's element shows it: at a field it submitted (`field`), or for the whole screen. */
export interface AuthContextError {
  /** The Amplify/Cognito error name (`CodeMismatchException`, …) or the widget's own (`RequiredField`). */
  name: string;
  /** The text to show, in the widget's language. */
  message: string;
  /** The name of the submitted value it belongs to (`answer`, `code`); absent for an error of the whole screen. */
  field?: string;
}

export interface AuthContextValue {
  /** The current step; `undefined` before startup ends. */
  step: Step | undefined;
  /** What the user typed as username (the account the step is for). */
  username: string;
  /** `CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE`: the public challenge parameters Cognito sent (`{ question }`, …). */
  challengeParameters: Readonly<Record<string, string>>;
  /** Code steps: where the code went. */
  codeDelivery?: CodeDelivery;
  /** Choice steps: the `choice` values the step takes (`SMS`, `TOTP`, `EMAIL`, `PASSWORD_SRP`, …). */
  choices: readonly string[];
  /** New-password steps: the attributes Cognito still needs (`given_name`, …). */
  missingAttributes: readonly string[];
  /** The pool's password rules, when the configuration names them. */
  passwordPolicy?: PasswordPolicy;
  /** What the sign-in identifier is: `email`, `phone`, `email-or-phone` or `username`. */
  identifier: IdentifierKind;
  /** A call is under way: `submit` does nothing until it ends. */
  busy: boolean;
  /** The error of the last action, placed at a field the page's element submitted when it names one. */
  error?: AuthContextError;
  /** The widget's language (`lang`). */
  lang: string;
  /**
   * Answers the current step with these values, named as the step's built-in form names its fields (`answer`,
   * `code`, `choice`, …): the same checks, the same call, the same events as the built-in screen.
   */
  submit(values: Readonly<Record<string, string>>): Promise<void>;
  /** Sends a new code (code steps that can). */
  resendCode(): Promise<void>;
  /** Back to `SIGN_IN`. */
  back(): void;
}

/**
 * The key of the context: `@consume({ context: authContext, subscribe: true })`, or a `context-request` event whose
 * `context` is this string.
 */
export const authContext = 'auth-sign-in' as AuthContextKey<'auth-sign-in', AuthContextValue>;
