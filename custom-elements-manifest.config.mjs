// @custom-elements-manifest/analyzer: reads the JSDoc of src/ (Lit-aware) into custom-elements.json.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
