// Two builds from the same sources:
//  - npm:  dist/auth-sign-in.js   bare imports kept (dependencies + peerDependencies), not minified
//  - CDN:  dist/cdn/auth-sign-in.js  everything bundled, lazy chunks in dist/cdn/chunks/, minified
// plus (scripts/write-themes.ts) dist/themes/*.css, and dist/auth-sign-in.d.ts (re-exports tsc's output
// in dist/types, written by `tsc -p tsconfig.build.json` in `npm run build`).
//
// AUTH_BUILD_ROOT (default '.') points at another source tree with the same layout; it is only
// used to try the config on stand-in sources under .tmp/.
import { readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { transformSync } from 'esbuild';
import nodeResolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const root = resolve(process.env.AUTH_BUILD_ROOT ?? '.');
const src = (p) => join(root, p);

/** Packages the npm build leaves as bare imports (and any of their subpaths). */
export const externalPackages = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const isExternalPackage = (id) => externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

/** Remove the previous output of one build so stale hashed chunks are never shipped. */
const clean = (paths) => ({
  name: 'clean',
  buildStart() {
    for (const p of paths) rmSync(p, { recursive: true, force: true });
  },
});

/**
 * An entry's `.d.ts` (dist/auth-sign-in.d.ts, dist/cdn/auth-sign-in.d.ts): points at the declarations tsc writes
 * under dist/types, and brings the framework typings.
 */
const dtsEntry = (module, up = '.') => ({
  name: 'dts-entry',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'auth-sign-in.d.ts',
      source: `export * from '${up}/types/components/${module}.js';\nimport '${up}/frameworks.js';\n`,
    });
  },
});

/**
 * Apply a package's object "browser" field to relative imports inside the package when its keys
 * have no extension (e.g. @smithy/util-utf8 maps "./dist-es/fromUtf8" to the browser version).
 * @rollup/plugin-node-resolve misses these, which pulls in the Node `buffer` module.
 */
const browserFieldRelative = () => {
  const maps = new Map();
  const packageDir = (file) => {
    for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
      if (existsSync(join(dir, 'package.json'))) return dir;
    }
    return null;
  };
  const browserMap = (dir) => {
    if (!maps.has(dir)) {
      const b = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).browser;
      maps.set(dir, b && typeof b === 'object' ? b : null);
    }
    return maps.get(dir);
  };
  return {
    name: 'browser-field-relative',
    resolveId(id, importer) {
      if (!importer || id[0] !== '.' || !importer.includes(`${sep}node_modules${sep}`)) return null;
      const dir = packageDir(importer);
      const map = dir && browserMap(dir);
      if (!map) return null;
      const rel = `./${relative(dir, resolve(dirname(importer), id))
        .split(sep)
        .join('/')}`;
      for (const key of [rel, rel.replace(/\.m?js$/, ''), `${rel}.js`]) {
        const target = map[key];
        if (typeof target === 'string') return resolve(dir, /\.m?js$/.test(target) ? target : `${target}.js`);
      }
      return null;
    },
  };
};

/** The CDN build takes `x.cdn.ts` wherever a source imports `./x.js` and both exist (src/amplify/amplify.cdn.ts). */
const cdnVariants = () => ({
  name: 'cdn-variants',
  resolveId(id, importer) {
    if (!importer || !id.startsWith('.') || !id.endsWith('.js') || importer.includes(`${sep}node_modules${sep}`))
      return null;
    const variant = resolve(dirname(importer), id.replace(/\.js$/, '.cdn.ts'));
    return existsSync(variant) ? variant : null;
  },
});

/** Sources use legacy decorators; esbuild reads them from tsconfig.json next to the file. */
const ts = (extra = {}) => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', sourceMap: true, ...extra });

/** An unresolved bare import in a build means a missing dependency: fail instead of warning. */
const onwarn = (warning, warn) => {
  if (warning.code === 'UNRESOLVED_IMPORT')
    throw new Error(`${warning.message} (add it to dependencies or fix the import)`);
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
  if (warning.code === 'THIS_IS_UNDEFINED' && /node_modules/.test(warning.id ?? '')) return;
  warn(warning);
};

/**
 * npm build: `englishMessages` (`src/messages/en.ts`) gets its own copy of each English part. The parts the lazy screens
 * carry then stay out of the entry, where an app's bundler would keep them (the lazy chunks would import them from
 * there); an app that never imports `englishMessages` drops the copies (`en` is a pure call).
 */
const englishCopies = () => {
  const whole = src('src/messages/en.ts');
  const prefix = '\0english-copy:';
  return {
    name: 'english-copies',
    resolveId(id, importer) {
      if (importer !== whole || !id.startsWith('./en/')) return null;
      return `${prefix}${resolve(dirname(whole), id.replace(/\.js$/, '.ts'))}`;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      return transformSync(readFileSync(id.slice(prefix.length), 'utf8'), { loader: 'ts', format: 'esm' }).code;
    },
  };
};

/** npm build: the app's bundler resolves and minifies. */
export const npmConfig = {
  input: { 'auth-sign-in': src('components/index.ts') },
  external: isExternalPackage,
  plugins: [
    clean(['dist/chunks', 'dist/types', 'dist/auth-sign-in.js', 'dist/auth-sign-in.js.map']),
    englishCopies(),
    // The markup and CSS inside the html`` and css`` templates: whitespace and comments out, as in the CDN build (an
    // app's minifier leaves template literals as they are).
    minifyTemplates({ include: [src('components/**/*.ts')], failOnError: true }),
    ts(),
    dtsEntry('index'),
  ],
  onwarn,
  // Keep every statically reachable module (element registrations included) in the entry file:
  // dist/chunks/ then holds only lazily imported code. A shared chunk imported by the entry
  // would be outside package.json "sideEffects" and an app's bundler could drop it.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Maps stay local (debugging, size analysis): no sourceMappingURL, and `files` in package.json leaves them out.
    sourcemap: 'hidden',
  },
};

/**
 * One hash for every chunk of the widget's own code and text (`chunks/sign-in-step-<hash>.js`,
 * `chunks/lang-ar-<hash>.js`): of package.json, the lock file (the tools and the Amplify that go into them),
 * tsconfig.json, this file and every source under `src/` and `components/`. The entry's `import()`s then repeat one
 * string where each had a hash of its own, which gzip cannot shorten (605 B less on the first load for the 69
 * languages' table, 241 B more for the other chunks the entry and the Amplify chunk import). Each name still changes
 * whenever its content may have changed, so `chunks/*` stay cacheable for ever; chunks that start in node_modules
 * keep rollup's content hash.
 */
const buildHash = () => {
  const hash = createHash('sha256').update(pkg.version);
  const sources = ['src', 'components'].flatMap((dir) =>
    readdirSync(src(dir), { recursive: true })
      .map((file) => `${dir}/${file}`)
      .sort(),
  );
  for (const file of ['package.json', 'package-lock.json', 'tsconfig.json', 'rollup.config.mjs', ...sources]) {
    const path = src(file);
    if (/\.(ts|json|mjs)$/.test(file) && existsSync(path)) hash.update(file).update(readFileSync(path));
  }
  return hash.digest('base64url').slice(0, 8);
};

/**
 * Name a lazy chunk: a built-in language by its tag, a part of one (`src/messages/<tag>/<part>.ts`) by its tag and
 * part, the widget's other chunks by rollup's name, each with the shared hash; a chunk that starts in node_modules
 * after its package (the QR encoder's is "qr"), with its content hash.
 */
const cdnChunkName = (chunk) => {
  const main = chunk.facadeModuleId ?? chunk.moduleIds.at(-1) ?? '';
  const m = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(main);
  if (m) return `chunks/${m[1].replace('@', '').replace('/', '-')}-[hash].js`;
  const hash = (cdnBuildHash ??= buildHash());
  const lang = /src\/messages\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?\.ts$/.exec(main);
  if (lang) return `chunks/lang-${lang[1]}${lang[2] ? `-${lang[2]}` : ''}-${hash}.js`;
  return `chunks/[name]-${hash}.js`;
};

let cdnBuildHash;

/**
 * The entry's table of built-in languages (`CATALOGS` in `src/i18n.ts`: 69 `import()`s of `chunks/lang-<tag>-<hash>.js`)
 * rewritten as the naming rule it follows: the tags in one string and one template `import()`. Rollup still emits
 * every chunk from the table's explicit imports (which bundlers of the npm build need too); only the CDN entry's text
 * changes, after terser: 385 B less on the first load. The build fails when an entry that loads languages has no such
 * table, or when one of its entries does not follow the rule.
 */
const langTableRule = () => ({
  name: 'lang-table-rule',
  renderChunk(code, chunk) {
    // The size script's baseline (lit and Amplify alone) is built with these plugins too: it has no languages.
    if (!chunk.isEntry || !code.includes('"./chunks/lang-')) return null;
    const hash = (cdnBuildHash ??= buildHash());
    const entry = String.raw`\["([a-z0-9-]+)",\(\)=>import\("\./chunks/lang-([a-z0-9-]+)-${hash}\.js"\)\]`;
    const table = new RegExp(String.raw`new Map\(\[(?:${entry},)*${entry}\]\)`).exec(code);
    if (!table) throw new Error("lang-table-rule: the languages' import() table is not in the entry");
    const tags = [...table[0].matchAll(new RegExp(entry, 'g'))].map(([, tag, file]) => {
      if (tag !== file) throw new Error(`lang-table-rule: "${tag}" loads lang-${file}`);
      return tag;
    });
    const rule = `new Map("${tags.join(' ')}".split(" ").map(t=>[t,()=>import(\`./chunks/lang-\${t}-${hash}.js\`)]))`;
    const out = new MagicString(code);
    out.overwrite(table.index, table.index + table[0].length, rule);
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
});

/**
 * Amplify's passkey (de)serialisers sit in one stateless module (`client/utils/passkey/serde.mjs`): a sign-in with a
 * passkey uses two of its functions, a passkey's registration the other two. Rollup places a module whole in one
 * chunk, so the registration's half rode on the first load with the sign-in's. The registration gets its own instance
 * of the module (the same file under another id; it holds no state, so two instances behave as one), and each half
 * goes where it is used.
 */
const passkeySerdeSplit = () => {
  const COPY = '?passkey-registration';
  return {
    name: 'passkey-serde-split',
    async resolveId(id, importer) {
      if (id !== './serde.mjs' || !importer?.endsWith(`${sep}passkey${sep}registerPasskey.mjs`)) return null;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      return resolved && `${resolved.id}${COPY}`;
    },
    load: (id) => (id.endsWith(COPY) ? readFileSync(id.slice(0, -COPY.length), 'utf8') : null),
  };
};

/** CDN build: self-contained, lazy steps split into chunks loaded relative to the entry. */
export const cdnConfig = {
  input: { 'auth-sign-in': src('components/cdn.ts') },
  plugins: [
    clean(['dist/cdn']),
    dtsEntry('cdn', '..'),
    replace({
      preventAssignment: true,
      values: { 'process.env.NODE_ENV': JSON.stringify('production') },
    }),
    cdnVariants(),
    passkeySerdeSplit(),
    browserFieldRelative(),
    nodeResolve({
      browser: true,
      preferBuiltins: false,
      exportConditions: ['browser', 'import', 'module', 'default'],
      extensions: ['.mjs', '.js', '.json', '.ts'],
    }),
    commonjs({ include: /node_modules/ }),
    // The markup and CSS inside the html`` and css`` templates: whitespace and comments out (Lit's own plugin).
    minifyTemplates({ include: [src('components/**/*.ts')], failOnError: true }),
    ts({ minify: true, legalComments: 'none' }),
    // esbuild minifies each module as rollup renders it; terser then goes over each whole chunk (about 3 % less gzip).
    terser({ module: true, ecma: 2021, compress: { passes: 2 }, format: { comments: false }, maxWorkers: 1 }),
    langTableRule(),
  ],
  // package.json "sideEffects" of aws-amplify / @aws-amplify/* is honoured by node-resolve;
  // 'recommended' also treats unknown globals as side-effect free.
  treeshake: { preset: 'recommended' },
  onwarn,
  // Let the entry chunk hold everything the first screen needs (lazy chunks import from it),
  // instead of a facade entry plus one shared chunk: one request fewer on the SIGN_IN path.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: cdnChunkName,
    // Maps stay local (debugging, size analysis): no sourceMappingURL, and `files` in package.json leaves them out.
    sourcemap: 'hidden',
  },
};

export default [npmConfig, cdnConfig];
