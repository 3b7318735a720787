/**
 * The page the visual test and the gallery load (bundled by scripts/screens.ts): `window.showScreen(name, lang)`
 * puts a widget (`<auth-sign-in>`, or `<auth-account>` for an `account-…` screen) showing that screen on the page and
 * resolves once it is there.
 */
import { EVERY_SCREEN } from './every-screen.js';

declare global {
  interface Window {
    screenNames: string[];
    showScreen(name: string, lang: string): Promise<void>;
  }
}

window.screenNames = EVERY_SCREEN.map((screen) => screen.name);
window.showScreen = async (name, lang) => {
  const screen = EVERY_SCREEN.find((candidate) => candidate.name === name);
  if (!screen) throw new Error(`no screen ${name}`);
  await screen.show(document.getElementById('app')!, lang);
  (document.activeElement as HTMLElement | null)?.blur();
};
