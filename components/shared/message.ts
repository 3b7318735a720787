/** Messages with outside values (a masked phone number, an email, a username) isolated in `<bdi>`, each capped. */
import { html, type TemplateResult } from 'lit';
import type { MessageValues, Translate } from '../../src/i18n.js';

/** Outside strings are shown up to this many characters: a 100 KB destination must not stretch the card. */
export const MAX_OUTSIDE_TEXT = 200;

export const capText = (text: string) =>
  text.length > MAX_OUTSIDE_TEXT ? `${text.slice(0, MAX_OUTSIDE_TEXT - 1)}…` : text;

const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';

/**
 * The message `id` with each string value in its own `<bdi>`, so "+*******0100" reads the same in an Arabic
 * sentence. Numbers are written by the translator (`Intl.NumberFormat`) and need no isolation.
 */
export function isolated(t: Translate, id: string, values: MessageValues = {}): TemplateResult {
  const keys = Object.keys(values).filter((key) => typeof values[key] === 'string');
  const marked: MessageValues = { ...values };
  keys.forEach((key, index) => (marked[key] = `${OPEN}${index}${CLOSE}`));
  const parts = t(id, marked).split(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'u'));
  return html`${parts.map((part, index) =>
    index % 2 ? html`<bdi>${capText(String(values[keys[Number(part)]]))}</bdi>` : part,
  )}`;
}
