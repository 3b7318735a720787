/**
 * The value of `authContext` (`auth-context.ts`) for the flow's state now. Loaded with the first request for the
 * context: a page with no element of its own does not download it.
 */
import type { AuthContextValue } from './auth-context.js';
import type { FlowController } from './flow/controller.js';
import type { FlowError } from './flow/errors.js';

/** What the host hands `authContextValue` besides the flow. */
export interface AuthContextSource {
  flow: FlowController;
  lang: string;
  /** The shown text of an error, in the widget's language. */
  errorText(error: FlowError): string;
  /** The names of the values the page's element submitted last: an error at another field is the screen's. */
  submitted: readonly string[];
  /** A submit through the context carries these names. */
  submitting(names: string[]): void;
}

export function authContextValue({
  flow,
  lang,
  errorText,
  submitted,
  submitting,
}: AuthContextSource): AuthContextValue {
  const { step, username, data, busy, error } = flow.state;
  const field = error?.field && submitted.includes(error.field) ? { field: error.field } : {};
  return {
    step,
    username,
    challengeParameters: { ...data.additionalInfo },
    codeDelivery: data.codeDelivery,
    choices: data.allowedMFATypes ?? data.availableChallenges ?? data.contacts ?? [],
    missingAttributes: data.missingAttributes ?? [],
    passwordPolicy: flow.service.passwordPolicy(),
    identifier: flow.view().identifier,
    busy,
    error: error && { name: error.name, message: errorText(error), ...field },
    lang,
    submit: (values) => {
      submitting(Object.keys(values));
      return flow.submit(flow.state.step ?? flow.firstStep, values);
    },
    resendCode: () => flow.resendCode(),
    back: () => flow.restart(),
  };
}
