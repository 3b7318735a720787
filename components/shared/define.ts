/** Registers an element once: a second copy of the widget on the page (npm + CDN) must not throw. */
export function defineElement(tag: string, constructor: CustomElementConstructor) {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
