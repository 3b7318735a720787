/**
 * Every screen the harness can show, `<auth-sign-in>`'s (screens.ts) then `<auth-account>`'s (account-screens.ts),
 * each with the function that puts it in a holder in a language: the one list the layout test, the visual test and
 * the gallery walk.
 */
import type { AuthAccount } from '../../components/auth-account.js';
import type { AuthSignIn } from '../../components/auth-sign-in.js';
import { ACCOUNT_SCREENS, showAccountScreen } from './account-screens.js';
import { SCREENS, showScreen } from './screens.js';

export interface ShownScreen {
  name: string;
  show(holder: Element, lang: string): Promise<AuthSignIn | AuthAccount>;
}

export const EVERY_SCREEN: ShownScreen[] = [
  ...SCREENS.map((screen) => ({
    name: screen.name,
    show: (holder: Element, lang: string) => showScreen(holder, screen, lang),
  })),
  ...ACCOUNT_SCREENS.map((screen) => ({
    name: screen.name,
    show: (holder: Element, lang: string) => showAccountScreen(holder, screen, lang),
  })),
];
