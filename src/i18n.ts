/** The built-in languages, how a page's `lang` picks one, and the text lookup (values, plural forms). */
import type { Catalog } from './messages/en.js';
import { common } from './messages/en/common.js';

/** The `messages` property: `{ [lang]: { [messageId]: string } }`, merged over the built-in catalogs. */
export type MessageOverrides = Record<string, Catalog>;
export type MessageValues = Record<string, string | number | undefined>;
export type Translate = (id: string, values?: MessageValues) => string;

/**
 * The English text at hand: the shared part (every screen's frame) from the start, each screen's own part once its
 * element is defined (`AuthStepElement.messages`), so a screen's text travels with it, and the text of errors and
 * notices once the first one shows (`loadFailureText`).
 */
const english: Catalog = { ...common };

/** Adds a screen's English text to the lookup. */
export const addEnglish = (part: Catalog) => void Object.assign(english, part);

/** Ids whose English text loads with the first failure or notice shown (`messages/en/errors-and-notices.ts`). */
const onDemand = (id: string) => id.startsWith('error.') || id.startsWith('notice.');
let failureText: 'idle' | 'loading' | 'loaded' | 'failed' = 'idle';
let failureTextLoad: Promise<void> | undefined;

/**
 * Loads the text of errors and notices, once: English's, and with `lang` the rest of its catalog (`loadWholeCatalog`).
 * Until English's is there, those ids read as empty; if it cannot load (the network is down), errors read as the
 * network error, which is always at hand, for the rest of the page's life.
 */
export function loadFailureText(lang?: string): Promise<void> {
  if (!failureTextLoad) {
    failureText = 'loading';
    failureTextLoad = import('./messages/en/errors-and-notices.js').then(
      ({ errorsAndNotices }) => {
        addEnglish(errorsAndNotices);
        failureText = 'loaded';
      },
      () => {
        failureText = 'failed';
      },
    );
  }
  // The language's text with it; not there (the network is down): the English text reads in its place.
  return lang ? Promise.all([failureTextLoad, loadWholeCatalog(lang).catch(() => 0)]).then(() => {}) : failureTextLoad;
}

/** Whether the text of errors and notices is still to come (show them once it is). */
export const failureTextPending = () => failureText === 'idle' || failureText === 'loading';

/**
 * A language's catalog module (`messages/<tag>.ts`): what `SIGN_IN` shows, and (split by
 * `scripts/split-catalogs.mjs`) `whole`, which loads the other parts into `catalog`.
 */
interface CatalogModule {
  catalog: Catalog;
  whole?: () => Promise<void>;
}
type Loader = () => Promise<CatalogModule>;

/** Every built-in catalog but English, each loaded only when its language is used. */
const CATALOGS = new Map<string, Loader>([
  ['ar', () => import('./messages/ar.js')],
  ['bg', () => import('./messages/bg.js')],
  ['cs', () => import('./messages/cs.js')],
  ['da', () => import('./messages/da.js')],
  ['de', () => import('./messages/de.js')],
  ['el', () => import('./messages/el.js')],
  ['es', () => import('./messages/es.js')],
  ['fa', () => import('./messages/fa.js')],
  ['fi', () => import('./messages/fi.js')],
  ['fr', () => import('./messages/fr.js')],
  ['he', () => import('./messages/he.js')],
  ['hi', () => import('./messages/hi.js')],
  ['hu', () => import('./messages/hu.js')],
  ['id', () => import('./messages/id.js')],
  ['it', () => import('./messages/it.js')],
  ['ja', () => import('./messages/ja.js')],
  ['ko', () => import('./messages/ko.js')],
  ['nb', () => import('./messages/nb.js')],
  ['nl', () => import('./messages/nl.js')],
  ['pl', () => import('./messages/pl.js')],
  ['pt', () => import('./messages/pt.js')],
  ['pt-br', () => import('./messages/pt-br.js')],
  ['ro', () => import('./messages/ro.js')],
  ['ru', () => import('./messages/ru.js')],
  ['sk', () => import('./messages/sk.js')],
  ['sv', () => import('./messages/sv.js')],
  ['th', () => import('./messages/th.js')],
  ['tr', () => import('./messages/tr.js')],
  ['uk', () => import('./messages/uk.js')],
  ['vi', () => import('./messages/vi.js')],
  ['zh-hans', () => import('./messages/zh-hans.js')],
  ['zh-hant', () => import('./messages/zh-hant.js')],
  // i18n-a: issue 24's first 16 new languages
  ['bn', () => import('./messages/bn.js')],
  ['ur', () => import('./messages/ur.js')],
  ['fil', () => import('./messages/fil.js')],
  ['mr', () => import('./messages/mr.js')],
  ['te', () => import('./messages/te.js')],
  ['ta', () => import('./messages/ta.js')],
  ['pa', () => import('./messages/pa.js')],
  ['gu', () => import('./messages/gu.js')],
  ['ms', () => import('./messages/ms.js')],
  ['kn', () => import('./messages/kn.js')],
  ['sw', () => import('./messages/sw.js')],
  ['uz', () => import('./messages/uz.js')],
  ['ha', () => import('./messages/ha.js')],
  ['ml', () => import('./messages/ml.js')],
  ['my', () => import('./messages/my.js')],
  ['az', () => import('./messages/az.js')],
  ['es-419', () => import('./messages/es-419.js')],
  // Issue 24, second group of new languages (i18n-b).
  ['sr', () => import('./messages/sr.js')],
  ['sr-latn', () => import('./messages/sr-latn.js')],
  ['hr', () => import('./messages/hr.js')],
  ['sl', () => import('./messages/sl.js')],
  ['lt', () => import('./messages/lt.js')],
  ['lv', () => import('./messages/lv.js')],
  ['et', () => import('./messages/et.js')],
  ['ca', () => import('./messages/ca.js')],
  ['is', () => import('./messages/is.js')],
  ['be', () => import('./messages/be.js')],
  ['kk', () => import('./messages/kk.js')],
  ['mn', () => import('./messages/mn.js')],
  ['ka', () => import('./messages/ka.js')],
  ['hy', () => import('./messages/hy.js')],
  ['ne', () => import('./messages/ne.js')],
  ['si', () => import('./messages/si.js')],
  ['am', () => import('./messages/am.js')],
  ['ps', () => import('./messages/ps.js')],
  ['km', () => import('./messages/km.js')],
  ['lo', () => import('./messages/lo.js')],
]);

/** Tags that name a built-in catalog by another name. */
const ALIASES = new Map([
  ['zh', 'zh-hans'],
  ['zh-cn', 'zh-hans'],
  ['zh-sg', 'zh-hans'],
  ['zh-tw', 'zh-hant'],
  ['zh-hk', 'zh-hant'],
  ['zh-mo', 'zh-hant'],
  ['pt-pt', 'pt'],
  ['no', 'nb'],
  ['nn', 'nb'],
  ['iw', 'he'],
  ['in', 'id'],
  // i18n-a: Spanish of Latin America and the United States reads `es-419`; `es` is the Spanish of Spain.
  ['es-mx', 'es-419'],
  ['es-gt', 'es-419'],
  ['es-cu', 'es-419'],
  ['es-bo', 'es-419'],
  ['es-do', 'es-419'],
  ['es-hn', 'es-419'],
  ['es-py', 'es-419'],
  ['es-sv', 'es-419'],
  ['es-ni', 'es-419'],
  ['es-cr', 'es-419'],
  ['es-pr', 'es-419'],
  ['es-pa', 'es-419'],
  ['es-uy', 'es-419'],
  ['es-co', 'es-419'],
  ['es-ve', 'es-419'],
  ['es-ec', 'es-419'],
  ['es-pe', 'es-419'],
  ['es-cl', 'es-419'],
  ['es-ar', 'es-419'],
  ['es-us', 'es-419'],
  // Issue 24, second group: Serbian is written in Cyrillic unless the tag says Latin; in Montenegro and in the old
  // `sh` tag it is Latin (CLDR's likely script).
  ['sr-cyrl', 'sr'],
  ['sr-me', 'sr-latn'],
  ['sh', 'sr-latn'],
]);

/** The built-in languages, as their tags are written. */
export const BUILT_IN_LANGUAGES = ['en', ...CATALOGS.keys()];

/** `ja-JP` → `ja`. */
export const baseLanguage = (lang: string) => lang.toLowerCase().split('-')[0];

/** The built-in catalog a `lang` uses: the exact tag, a script or region alias, then the base language. */
export function catalogTag(lang: string): string {
  const tag = lang.toLowerCase();
  for (const candidate of [tag, tag.split('-').slice(0, 2).join('-'), baseLanguage(tag)]) {
    const known = ALIASES.get(candidate) ?? candidate;
    if (known === 'en' || CATALOGS.has(known)) return known;
  }
  return 'en';
}

/** Once a screen past `SIGN_IN` or an error has needed text, every language loads whole (a change of `lang`). */
let wholeWanted = false;

/**
 * The built-in text of `lang`: with `whole` false (the widget's first screen), only what `SIGN_IN` shows of a split
 * catalog; the rest loads with `loadWholeCatalog`, into the same object.
 */
export async function loadCatalog(lang: string, loadWhole = true): Promise<Catalog> {
  const load = CATALOGS.get(catalogTag(lang));
  if (!load) return english;
  const module = await load();
  if (loadWhole || wholeWanted) await module.whole?.();
  return module.catalog;
}

/** Loads the rest of `lang`'s catalog (every screen's text, errors and notices), and every language's after it. */
export function loadWholeCatalog(lang: string): Promise<Catalog> {
  wholeWanted = true;
  return loadCatalog(lang);
}

/** Whether the page's `messages` hold strings of their own for `tag`. */
const overridden = (overrides: MessageOverrides, tag: string) => {
  const layer = Object.hasOwn(overrides, tag) ? overrides[tag] : undefined;
  return Boolean(layer) && Object.getPrototypeOf(layer) === Object.prototype && Object.keys(layer!).length > 0;
};

/**
 * The language the text is written in, for `lang` (the page's): in order, the page's language (a built-in catalog
 * or the page's `messages` for it), its base language (`pt-BR` → `pt`), then English, the fallback. The widget marks
 * English fallback text as `lang="en"`, `dir="ltr"`, so it is neither mirrored nor read with another language's voice.
 */
export function textLanguage(lang: string, overrides: MessageOverrides = {}): string {
  if (catalogTag(lang) !== 'en' || baseLanguage(lang) === 'en') return lang;
  return overridden(overrides, lang) || overridden(overrides, baseLanguage(lang)) ? lang : 'en';
}

const RTL = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** The writing direction of a language. */
export const directionOf = (lang: string): 'rtl' | 'ltr' => (RTL.has(baseLanguage(lang)) ? 'rtl' : 'ltr');

/**
 * A lookup through, in order: the page's strings for the exact language, for its base language, the built-in
 * catalog of the language, the page's English strings, built-in English, and last the id itself. A `{count}`
 * picks the plural form (`id.one`, `id.few`, … by `Intl.PluralRules`) and is written by `Intl.NumberFormat`.
 */
export function createTranslator(lang: string, catalog: Catalog, overrides: MessageOverrides = {}): Translate {
  const own = (layer: Catalog | undefined) => Boolean(layer) && Object.getPrototypeOf(layer) === Object.prototype;
  const layers = [overrides[lang], overrides[baseLanguage(lang)], catalog, overrides.en, english].filter(
    (layer): layer is Catalog => Boolean(layer) && own(layer),
  );
  const locale = safeLocale(lang);
  // Made on first use: building either takes tens of milliseconds on a slow phone (its locale data loads), and the
  // first screen shows no count.
  let plural: Intl.PluralRules | undefined;
  let number: Intl.NumberFormat | undefined;
  const lookup = (id: string) => {
    for (const layer of layers) {
      const text = Object.hasOwn(layer, id) ? layer[id] : undefined;
      if (typeof text === 'string') return text;
    }
    return undefined;
  };
  const missing = (id: string) => {
    if (!onDemand(id) || failureText === 'loaded') return id;
    return failureText === 'failed' && id.startsWith('error.') ? (lookup('error.network') ?? id) : '';
  };
  return (id, values = {}) => {
    const count = values.count;
    const text =
      (typeof count === 'number'
        ? (lookup(`${id}.${(plural ??= new Intl.PluralRules(locale)).select(count)}`) ?? lookup(`${id}.other`))
        : undefined) ??
      lookup(id) ??
      missing(id);
    return text.replace(/\{(\w+)\}/g, (whole, key: string) => {
      const value = Object.hasOwn(values, key) ? values[key] : undefined;
      if (value === undefined) return whole;
      return typeof value === 'number' ? (number ??= new Intl.NumberFormat(locale)).format(value) : value;
    });
  };
}

/** `lang` as Intl takes it; a malformed tag falls back to English rather than throwing. */
function safeLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * A value put into a message after a colon (`Your password needs: {rule}`) goes on that sentence rather than
 * standing as a list item of its own, so its first letter is written lower-case there as `lang` writes it
 * (`…needs: an uppercase letter`, `Пароль должен содержать: заглавную букву`). Other values stay as they are.
 */
export function inlineValue(message: string, key: string, value: string, lang: string): string {
  // `՝` introduces what follows in Armenian as a colon does elsewhere.
  if (!new RegExp(`[:՝]\\s*\\{${key}\\}`).test(message)) return value;
  return value.charAt(0).toLocaleLowerCase(safeLocale(lang)) + value.slice(1);
}
