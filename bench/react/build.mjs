// Builds bench/react/main.jsx (+ the Authenticator's styles.css) into dist/bench/react/ with the
// same kind of production build as the widget's CDN build: node-resolve (browser), commonjs,
// NODE_ENV=production, esbuild (automatic JSX runtime, minify).
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import nodeResolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';

export const outDir = 'dist/bench/react';
const input = fileURLToPath(new URL('./main.jsx', import.meta.url));

export async function buildReact() {
  rmSync(outDir, { recursive: true, force: true });
  const bundle = await rollup({
    input,
    plugins: [
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({
        browser: true,
        preferBuiltins: false,
        exportConditions: ['browser', 'import', 'module', 'default'],
        extensions: ['.mjs', '.js', '.jsx', '.json'],
      }),
      commonjs({ include: /node_modules/ }),
      esbuild({
        include: /\.[mc]?jsx?$/,
        exclude: [],
        jsx: 'automatic',
        target: 'es2021',
        minify: true,
        legalComments: 'none',
        tsconfig: false,
      }),
    ],
    treeshake: { preset: 'recommended' },
    onwarn(w, warn) {
      if (['MODULE_LEVEL_DIRECTIVE', 'CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED', 'SOURCEMAP_ERROR'].includes(w.code))
        return;
      warn(w);
    },
  });
  await bundle.write({
    dir: outDir,
    format: 'es',
    entryFileNames: 'main.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  });
  await bundle.close();
  mkdirSync(outDir, { recursive: true });
  const require = createRequire(import.meta.url);
  copyFileSync(require.resolve('@aws-amplify/ui-react/styles.css'), `${outDir}/styles.css`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildReact();
