/** Writes the optional theme files `dist/themes/light.css` and `dark.css` from the widget's own token values. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { KIND_DARK, KIND_LIGHT } from '../components/shared/kind-colours.js';
import { DARK, LIGHT, publicDeclarations, SHAPE } from '../components/shared/theme-values.js';

const theme = (name: string, values: Record<string, string>) => `/*
 * <auth-sign-in> ${name} theme (optional): sets only the public --auth-* custom properties, so it pins the
 * ${name} look even when the visitor's system prefers the other. Without a theme file the widget has the same
 * light and dark values built in and follows prefers-color-scheme. Made from components/shared/theme-values.ts
 * and kind-colours.ts.
 */
auth-sign-in {
${publicDeclarations(values)}
}
`;

mkdirSync('dist/themes', { recursive: true });
writeFileSync('dist/themes/light.css', theme('light', { ...SHAPE, ...LIGHT, ...KIND_LIGHT }));
writeFileSync('dist/themes/dark.css', theme('dark', { ...SHAPE, ...DARK, ...KIND_DARK }));
console.log('dist/themes/light.css, dist/themes/dark.css');
