/** Messages with outside values (a masked phone number, an email, a username) isolated in `<bdi>`, each capped. */
import { html, type TemplateResult } from 'lit';
import type { MessageValues, Translate } from '../../src/i18n.js';

/** Outside strings are shown up to this many characters: a 100 KB destination must not stretch the card. */
export const MAX_OUTSIDE_TEXT = 200;

export const capText = (text: string) =>
  text.length > MAX_OUTSIDE_TEXT ? `${text.slice(0, MAX_OUTSIDE_TEXT - 1)}…` : text;

/** Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

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
  return html`${parts.map((part, index) => {
    if (index % 2 === 0) return part;
    const value = capText(String(values[keys[Number(part)]]));
    // A phone number or an address has no strong letters: read left to right, whatever the sentence around it.
    return html`<bdi dir=${RIGHT_TO_LEFT.test(value) ? 'auto' : 'ltr'}>${value}</bdi>`;
  })}`;
}
