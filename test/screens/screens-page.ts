/**
 * The page the visual test and the gallery load (bundled by scripts/screens.ts): `window.showScreen(name, lang)`
 * puts a widget showing that screen on the page and resolves once it is there.
 */
import { SCREENS, showScreen } from './screens.js';

declare global {
  interface Window {
    screenNames: string[];
    showScreen(name: string, lang: string): Promise<void>;
  }
}

window.screenNames = SCREENS.map((screen) => screen.name);
window.showScreen = async (name, lang) => {
  const screen = SCREENS.find((candidate) => candidate.name === name);
  if (!screen) throw new Error(`no screen ${name}`);
  await showScreen(document.getElementById('app')!, screen, lang);
  (document.activeElement as HTMLElement | null)?.blur();
};
