/**
 * The notice kinds' colours (success, warning, info): theme tokens like those in `theme-values.ts`, kept apart
 * because only the notices and a new password's met rules use them, and they load with those (`notice-styles.ts`).
 * The theme files take them too (`scripts/write-themes.ts`).
 */
import type { TokenName } from './theme-values.js';

export const KIND_LIGHT = {
  'color-success': '#1a7f37',
  'color-warning': '#9a6700',
  'color-info': '#0969da',
} as const satisfies Partial<Record<TokenName, string>>;

export const KIND_DARK = {
  'color-success': '#56d364',
  'color-warning': '#d29922',
  'color-info': '#58a6ff',
} as const satisfies Partial<Record<TokenName, string>>;
