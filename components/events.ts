/** The widget's DOM events: always `bubbles` and `composed`, so they cross shadow roots. */
import type { AuthEventDetails, AuthEventName } from '../src/events.js';

export const authEvent = <K extends AuthEventName>(
  type: K,
  detail: AuthEventDetails[K],
  { cancelable = false }: { cancelable?: boolean } = {},
) => new CustomEvent<AuthEventDetails[K]>(type, { detail, bubbles: true, composed: true, cancelable });

/** Typed `addEventListener` (and Angular's `$event`) for every event of the widget. */
export type AuthEventMap = { [K in AuthEventName]: CustomEvent<AuthEventDetails[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends AuthEventMap {}
}
