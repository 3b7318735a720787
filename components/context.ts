import { createContext } from '@lit/context';
import type { Translate } from '../src/i18n.js';
import type { FlowController } from '../src/flow/controller.js';

/** What `<auth-sign-in>` provides to its step elements: the flow, and the text lookup for the current language. */
export interface AuthContext {
  flow: FlowController;
  t: Translate;
  lang: string;
}

export const authContext = createContext<AuthContext>(Symbol('auth-sign-in'));
