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

export default {
  globs: ['components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.spec.ts', '**/*.stories.ts', 'components/**/test/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [defineElementCalls()],
};
