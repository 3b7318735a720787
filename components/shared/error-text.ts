import type { FlowError } from '../../src/flow/errors.js';
import { inlineValue, type Translate } from '../../src/i18n.js';

/** The text of an error, its `{rule}`-style values translated first (and written to go on its sentence). */
export function errorText(error: FlowError, t: Translate, textLang: string): string {
  const count = error.values?.count ? { count: Number(error.values.count) } : {};
  const message = t(error.messageId);
  const translated = Object.fromEntries(
    Object.entries(error.valueIds ?? {}).map(([key, id]) => [key, inlineValue(message, key, t(id, count), textLang)]),
  );
  return t(error.messageId, { ...error.values, ...count, ...translated });
}
