/**
 * A QR code as inline SVG drawn from the code's modules: no `data:` image, so a page's `img-src` need not allow
 * `data:`, and no HTML string, so Trusted Types hold. `qrcode` loads only when a QR code is drawn.
 */
import { html, type TemplateResult } from 'lit';

/** The path of the dark modules, one `h1v1h-1z` square each, offset by a quiet zone of `margin` modules. */
export function modulePath(size: number, isDark: (row: number, column: number) => boolean, margin = 2): string {
  const squares: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (isDark(row, column)) squares.push(`M${column + margin} ${row + margin}h1v1h-1z`);
    }
  }
  return squares.join('');
}

/** The QR code of `text` as SVG, or `undefined` when `text` is too long to encode. */
export async function qrSvg(text: string, label: string): Promise<TemplateResult | undefined> {
  // qrcode is CommonJS: its functions arrive on the default export.
  const { default: qrcode } = await import('qrcode');
  let modules;
  try {
    modules = qrcode.create(text, { errorCorrectionLevel: 'M' }).modules;
  } catch {
    return undefined;
  }
  const margin = 2;
  const extent = modules.size + 2 * margin;
  const path = modulePath(modules.size, (row, column) => Boolean(modules.get(row, column)), margin);
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
