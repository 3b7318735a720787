/**
 * A page's own fields for a step: the children of `<auth-sign-in>` with `slot="<name>"` are moved into the step's
 * form while the step shows (so they are sent with it and checked by the browser's constraint validation), and
 * given back to `<auth-sign-in>` when the step goes, with what was typed in them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export class PageFields implements ReactiveController {
  private widget?: Element;
  private moved: Element[] = [];

  constructor(
    private readonly host: Host,
    private readonly slot: string,
    /** Where in the host's form the fields go. */
    private readonly containerSelector: string,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.widget = this.host.parentElement ?? undefined;
  }

  hostUpdated() {
    const container = this.host.querySelector(this.containerSelector);
    if (!container || !this.widget) return;
    const fields = [...this.widget.children].filter((child) => child.slot === this.slot);
    for (const field of fields) container.append(field);
    this.moved.push(...fields);
  }

  hostDisconnected() {
    if (this.widget?.isConnected) this.widget.append(...this.moved);
    this.moved = [];
  }

  /** The page's inputs, selects and text areas in the form. */
  private controls(): (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[] {
    return this.moved.flatMap((element) =>
      [element, ...element.querySelectorAll('*')].filter(
        (node): node is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
          node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement,
      ),
    );
  }

  /**
   * Whether every page field passes constraint validation (`required`, `pattern`, `type`, …); if one does not, the
   * browser says why at it and it takes the focus.
   */
  reportValidity(): boolean {
    const invalid = this.controls().find((control) => !control.checkValidity());
    if (!invalid) return true;
    invalid.reportValidity();
    invalid.focus();
    return false;
  }
}
