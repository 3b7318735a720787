/**
 * The rest of a split language's catalog (`scripts/split-catalogs.mjs`): each language's module holds what
 * `SIGN_IN` shows and calls this with its other parts, so this code loads with a language other than English only.
 */
import type { Catalog } from './messages/en.js';

export type PartLoader = () => Promise<{ catalog: Catalog }>;

/** Loads every part into `catalog` (the language's one object), once; a failed load is tried again next time. */
export function wholeLoader(catalog: Catalog, parts: PartLoader[]): () => Promise<void> {
  let whole: Promise<void> | undefined;
  return () =>
    (whole ??= Promise.all(parts.map((part) => part())).then(
      (loaded) => {
        for (const part of loaded) Object.assign(catalog, part.catalog);
      },
      (error: unknown) => {
        whole = undefined;
        throw error;
      },
    ));
}
