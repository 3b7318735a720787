/**
 * The provider side of the Context Community Protocol (what `@lit/context`'s `@consume` and any `context-request`
 * speak), for `authContext` only: a few lines instead of `@lit/context`'s provider. `<auth-sign-in>` loads it with
 * the first request for the context, so a page with no element of its own does not download it.
 */
import { authContextValue } from '../src/auth-context-value.js';
import type { AuthContextValue } from '../src/auth-context.js';
import type { FlowController } from '../src/flow/controller.js';
import { failureTextPending, loadFailureText } from '../src/i18n.js';
import type { AuthContext } from './context.js';
import { errorText } from './shared/error-text.js';

type Callback = (value: AuthContextValue, unsubscribe?: () => void) => void;

/** The protocol's request: `context`, `callback`, `subscribe` (`@lit/context`'s `ContextRequestEvent`). */
export interface ContextRequest extends Event {
  context?: unknown;
  callback?: Callback;
  subscribe?: boolean;
}

/** What the host has now: its flow and text lookup (none before startup has them). */
export type ContextSource = () => { flow?: FlowController; context?: AuthContext };

export class AuthContextProvider {
  /** Subscribed callbacks, each with the unsubscribe function it was given (the same one every time). */
  private readonly subscribers = new Map<Callback, () => void>();
  /** One-time requests that came before there was a value. */
  private waiting: Callback[] = [];
  private value?: AuthContextValue;
  /** The names of the values the page's element submitted last (an error at one of them is that field's). */
  private submitted: readonly string[] = [];

  constructor(private readonly source: ContextSource) {
    this.update();
  }

  /** Answers a request (the host has checked that it asks for `authContext` and stopped it). */
  request({ callback, subscribe }: ContextRequest) {
    if (!callback) return;
    const unsubscribe = () => void this.subscribers.delete(callback);
    if (subscribe) this.subscribers.set(callback, unsubscribe);
    else if (!this.value) this.waiting.push(callback);
    if (this.value) callback(this.value, subscribe ? unsubscribe : undefined);
  }

  /** The flow or the language changed: every subscriber gets the new value, and each one-time request waiting. */
  update() {
    const { flow, context } = this.source();
    if (!flow || !context) return;
    // The text of errors loads with the first one: the error comes with its text.
    if (flow.state.error && failureTextPending()) return void loadFailureText().then(() => this.update());
    const { t, textLang, lang } = context;
    const value = (this.value = authContextValue({
      flow,
      lang,
      errorText: (error) => errorText(error, t, textLang),
      submitted: this.submitted,
      submitting: (names) => (this.submitted = names),
    }));
    for (const callback of this.waiting.splice(0)) callback(value);
    for (const [callback, unsubscribe] of this.subscribers) callback(value, unsubscribe);
  }
}
