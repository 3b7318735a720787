// Custom Elements Manifest (contract "Package and files"): written to ./custom-elements.json by
// `npm run build`; generated, git-ignored, shipped through package.json "files".
import { resolveModuleOrPackageSpecifier } from '@custom-elements-manifest/analyzer/src/utils/index.js';

/**
 * The components register through `defineElement('tag', Class)` (components/shared/define.ts, which
 * skips tags already defined) rather than `customElements.define` or `@customElement`; teach the
 * analyzer that call so every class gets its tagName.
 */
function defineElementCalls(names = ['defineElement']) {
  return {
    name: 'auth-sign-in:define-element-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !names.includes(node.expression.getText())) return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(klass)) return;
      const definition = {
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: klass.text, ...resolveModuleOrPackageSpecifier(moduleDoc, context, klass.text) },
      };
      moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
    },
  };
}

/** The module every element ships in, for tools reading the manifest (the sources under components/ are not shipped). */
const SHIPPED_MODULE = 'dist/auth-sign-in.js';

/**
 * One module, the npm entry, holds every declaration: that file registers all the elements and is what a page
 * imports. Every `module` reference (superclasses, definitions) points at it too.
 */
function shippedPaths() {
  const repoint = (value) => {
    if (Array.isArray(value)) value.forEach(repoint);
    else if (value && typeof value === 'object') {
      if (typeof value.module === 'string' && value.module.startsWith('components/')) value.module = SHIPPED_MODULE;
      Object.values(value).forEach(repoint);
    }
  };
  return {
    name: 'auth-sign-in:shipped-paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const modules = manifest.modules.filter((module) => module.path.startsWith('components/'));
      const merged = {
        kind: 'javascript-module',
        path: SHIPPED_MODULE,
        declarations: modules.flatMap((module) => module.declarations ?? []),
        exports: modules.flatMap((module) => module.exports ?? []),
      };
      repoint(merged);
      manifest.modules = [merged, ...manifest.modules.filter((module) => !modules.includes(module))];
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.spec.ts', '**/*.stories.ts', 'components/**/test/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [defineElementCalls(), shippedPaths()],
};
