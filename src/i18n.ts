import { en, type Catalog } from './messages/en.js';

/** The `messages` property: `{ [lang]: { [messageId]: string } }`, merged over the built-in catalogs. */
export type MessageOverrides = Record<string, Catalog>;
export type Translate = (id: string, values?: Record<string, string | undefined>) => string;

/** Built-in catalogs other than English, loaded only when used. */
const LAZY_CATALOGS: Record<string, () => Promise<Catalog>> = {
  ja: () => import('./messages/ja.js').then((module) => module.ja),
};

/** `ja-JP` → `ja`. */
export const baseLanguage = (lang: string) => lang.toLowerCase().split('-')[0];

export async function loadCatalog(lang: string): Promise<Catalog> {
  const load = LAZY_CATALOGS[baseLanguage(lang)];
  return load ? load() : en;
}

export const hasBuiltInCatalog = (lang: string) => baseLanguage(lang) === 'en' || baseLanguage(lang) in LAZY_CATALOGS;

const format = (text: string, values: Record<string, string | undefined> = {}) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/**
 * A lookup through, in order: the page's strings for the exact language, for its base language, the built-in
 * catalog of the language, the page's English strings, built-in English, and last the id itself.
 */
export function createTranslator(lang: string, catalog: Catalog, overrides: MessageOverrides = {}): Translate {
  const layers = [overrides[lang], overrides[baseLanguage(lang)], catalog, overrides.en, en as Catalog].filter(
    (layer): layer is Catalog => Boolean(layer),
  );
  return (id, values) => {
    for (const layer of layers) {
      const text = layer[id];
      if (text !== undefined) return format(text, values);
    }
    return id;
  };
}
