import { css } from 'lit';

/** The host and its card (`part="card"`), as every element of the package draws them, from the theme's tokens. */
export const cardStyles = css`
  :host {
    display: block;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    color: var(--_color-text);
    line-height: var(--_line-height);
  }
  :host([hidden]) {
    display: none;
  }
  [part='card'] {
    box-sizing: border-box;
    max-width: var(--_width);
    margin: 0 auto;
    /* Narrow screens keep their width for the fields: the side padding shrinks first. */
    padding: var(--_space-l) min(var(--_space-l), 5vw);
    background: var(--_color-background);
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) * 1.5);
    box-shadow: var(--_shadow);
    display: grid;
    gap: var(--_space-m);
  }
`;
