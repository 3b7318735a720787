import { css } from 'lit';

/**
 * Design tokens. The page sets the public `--auth-*` properties (see `themes/`); the widget reads them
 * through private `--_*` ones carrying the defaults, declared once on the host and inherited by the fields.
 */
export const tokens = css`
  :host {
    --_font-family: var(--auth-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--auth-font-size, 1rem);
    --_color-background: var(--auth-color-background, #ffffff);
    --_color-surface: var(--auth-color-surface, #ffffff);
    --_color-text: var(--auth-color-text, #1b1f24);
    --_color-text-muted: var(--auth-color-text-muted, #57606a);
    --_color-border: var(--auth-color-border, #8c959f);
    --_color-primary: var(--auth-color-primary, #1f5fd6);
    --_color-on-primary: var(--auth-color-on-primary, #ffffff);
    --_color-error: var(--auth-color-error, #b3261e);
    --_color-success: var(--auth-color-success, #1a7f37);
    --_color-focus: var(--auth-color-focus, #1f5fd6);
    --_radius: var(--auth-radius, 8px);
    --_space-s: var(--auth-space-s, 0.5rem);
    --_space-m: var(--auth-space-m, 1rem);
    --_space-l: var(--auth-space-l, 1.5rem);
    --_width: var(--auth-width, 24rem);
    --_shadow: var(--auth-shadow, 0 1px 3px rgb(0 0 0 / 0.12), 0 4px 16px rgb(0 0 0 / 0.06));
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_color-background: var(--auth-color-background, #16191d);
      --_color-surface: var(--auth-color-surface, #1f2328);
      --_color-text: var(--auth-color-text, #e6edf3);
      --_color-text-muted: var(--auth-color-text-muted, #9da7b3);
      --_color-border: var(--auth-color-border, #6e7781);
      --_color-primary: var(--auth-color-primary, #6ea8fe);
      --_color-on-primary: var(--auth-color-on-primary, #0b1220);
      --_color-error: var(--auth-color-error, #ff8a80);
      --_color-success: var(--auth-color-success, #56d364);
      --_color-focus: var(--auth-color-focus, #6ea8fe);
    }
  }
`;
