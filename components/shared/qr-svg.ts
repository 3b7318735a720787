/**
 * A QR code as inline SVG drawn from the code's modules: no `data:` image, so a page's `img-src` need not allow
 * `data:`, and no HTML string, so Trusted Types hold. The encoder (`qr`, an ES module) loads only when a QR code is drawn.
 */
import { html, type TemplateResult } from 'lit';

/** The path of the dark modules, one `h1v1h-1z` square each (the quiet zone is part of `modules`). */
function modulePath(modules: readonly (readonly boolean[])[]): string {
  const squares: string[] = [];
  for (const [y, row] of modules.entries()) {
    for (const [x, dark] of row.entries()) if (dark) squares.push(`M${x} ${y}h1v1h-1z`);
  }
  return squares.join('');
}

/** The QR code of `text` as SVG, or `undefined` when `text` is too long to encode. */
export async function qrSvg(text: string, label: string): Promise<TemplateResult | undefined> {
  const { encodeQR } = await import('qr');
  let modules: boolean[][];
  try {
    // The quiet zone (two light modules on each side) comes with the modules.
    modules = encodeQR(text, 'raw', { ecc: 'medium', border: 2 });
  } catch {
    return undefined;
  }
  const extent = modules.length;
  const path = modulePath(modules);
  return html`<svg
    class="auth-qr"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${extent} ${extent}"
    shape-rendering="crispEdges"
  >
    <rect width=${extent} height=${extent} fill="#fff"></rect>
    <path d=${path} fill="#000"></path>
  </svg>`;
}
