/**
 * The page the visual test and the gallery load (bundled by scripts/screens.ts): `window.showScreen(name, lang)`
 * puts a widget (`<auth-sign-in>`, or `<auth-account>` for an `account-…` screen) showing that screen on the page and
 * resolves once it is there.
 */
import { ACCOUNT_SCREENS, showAccountScreen } from './account-screens.js';
import { SCREENS, showScreen } from './screens.js';

declare global {
  interface Window {
    screenNames: string[];
    showScreen(name: string, lang: string): Promise<void>;
  }
}

window.screenNames = [...SCREENS, ...ACCOUNT_SCREENS].map((screen) => screen.name);
window.showScreen = async (name, lang) => {
  const holder = document.getElementById('app')!;
  const screen = SCREENS.find((candidate) => candidate.name === name);
  const account = ACCOUNT_SCREENS.find((candidate) => candidate.name === name);
  if (screen) await showScreen(holder, screen, lang);
  else if (account) await showAccountScreen(holder, account, lang);
  else throw new Error(`no screen ${name}`);
  (document.activeElement as HTMLElement | null)?.blur();
};
