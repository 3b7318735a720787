// Custom Elements Manifest (contract "Package and files"): written to ./custom-elements.json by
// `npm run build`; generated, git-ignored, shipped through package.json "files".
export default {
  globs: ['components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.spec.ts', '**/*.stories.ts', 'components/**/test/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
