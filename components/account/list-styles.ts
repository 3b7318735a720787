import { css } from 'lit';

/** The rows of `<auth-account>`'s list sections (passkeys, devices): name and dates, the row's button at the end. */
export const listStyles = css`
  auth-account .auth-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
  }
  auth-account .auth-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-xs) var(--_space-m);
    padding: var(--_space-s) 0;
    border-top: 1px solid color-mix(in srgb, var(--_color-border) 55%, transparent);
  }
  /* The text takes the room and wraps inside it, so the row's button stays at the end unless the text would get
     narrower than 10rem (a long button in a narrow card). */
  auth-account .auth-row-text {
    display: grid;
    min-width: 0;
    flex: 1 1 10rem;
  }
  auth-account .auth-row-name {
    font-weight: 600;
  }
  auth-account .auth-badge {
    font-size: var(--_font-size-small);
    font-weight: 600;
    color: var(--_color-primary);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 0.375rem;
    margin-inline-start: 0.375rem;
  }
  auth-account .auth-row .auth-link {
    justify-self: end;
  }
  auth-account .auth-confirm {
    display: grid;
    gap: var(--_space-s);
    flex-basis: 100%;
  }
`;
