/**
 * The theme tokens, in one place: the built-in defaults (`tokens.ts`) and the optional theme files
 * `dist/themes/light.css` and `dark.css` (written by `scripts/write-themes.ts`) are all made from these and from the
 * notice kinds' colours in `kind-colours.ts` (apart, so they load with the notices rather than on the first load).
 *
 * WCAG 2.x contrast (AA: 4.5:1 text, 3:1 borders and focus rings), light: text 16.56:1 on background,
 * 15.56:1 on surface; muted 6.00:1 on surface; on-primary 5.73:1; error 6.14:1 on surface; success 5.08:1;
 * border 3.24:1 on surface. Dark: text 15.1:1 on background; muted 7.0:1; primary 7.4:1; error 7.9:1;
 * border 3.6:1 on surface. Warning (light) 4.87:1 on background, info 5.19:1; dark warning 6.99:1, info 6.98:1.
 *
 * The design reads them as a type scale (title, body, small), a spacing scale (xs within a field, s between
 * related controls, m between groups, l around the card) and four notice kinds (info, success, warning, error).
 */
export type TokenName =
  | 'font-family'
  | 'font-size'
  | 'font-size-title'
  | 'font-size-small'
  | 'line-height'
  | 'color-background'
  | 'color-surface'
  | 'color-text'
  | 'color-text-muted'
  | 'color-border'
  | 'color-primary'
  | 'color-on-primary'
  | 'color-error'
  | 'color-success'
  | 'color-warning'
  | 'color-info'
  | 'color-focus'
  | 'radius'
  | 'control-height'
  | 'space-xs'
  | 'space-s'
  | 'space-m'
  | 'space-l'
  | 'width'
  | 'shadow';

/** Type, shape and spacing: the same in both schemes. */
export const SHAPE = {
  'font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  'font-size': '1rem',
  'font-size-title': '1.5rem',
  'font-size-small': '0.875rem',
  'line-height': '1.5',
  radius: '8px',
  'control-height': '2.75rem',
  'space-xs': '0.375rem',
  'space-s': '0.75rem',
  'space-m': '1.25rem',
  'space-l': '1.5rem',
  width: '24rem',
} as const satisfies Partial<Record<TokenName, string>>;

export const LIGHT = {
  'color-background': '#ffffff',
  'color-surface': '#f6f8fa',
  'color-text': '#1b1f24',
  'color-text-muted': '#57606a',
  'color-border': '#818b98',
  'color-primary': '#1f5fd6',
  'color-on-primary': '#ffffff',
  'color-error': '#b3261e',
  'color-focus': '#1f5fd6',
  shadow: '0 1px 3px rgb(0 0 0 / 0.12), 0 4px 16px rgb(0 0 0 / 0.06)',
} as const satisfies Partial<Record<TokenName, string>>;

export const DARK = {
  'color-background': '#16191d',
  'color-surface': '#1f2328',
  'color-text': '#e6edf3',
  'color-text-muted': '#9da7b3',
  'color-border': '#6e7781',
  'color-primary': '#6ea8fe',
  'color-on-primary': '#0b1220',
  'color-error': '#ff8a80',
  'color-focus': '#6ea8fe',
  shadow: '0 1px 3px rgb(0 0 0 / 0.5), 0 8px 24px rgb(0 0 0 / 0.4)',
} as const satisfies Partial<Record<TokenName, string>>;

/** `--_name: var(--auth-name, default);` for each token: the private names the styles read. */
export const privateDeclarations = (values: Partial<Record<TokenName, string>>) =>
  Object.entries(values)
    .map(([name, value]) => `--_${name}: var(--auth-${name}, ${value});`)
    .join('\n');

/** `--auth-name: value;` for each token: what a theme file sets. */
export const publicDeclarations = (values: Partial<Record<TokenName, string>>) =>
  Object.entries(values)
    .map(([name, value]) => `  --auth-${name}: ${value};`)
    .join('\n');
