// @custom-elements-manifest/analyzer: reads the JSDoc of src/ (Lit-aware) into custom-elements.json.

/** Tag names come from our `defineElement('clinic-faq', ClinicFaq)` calls in the entry modules. */
function defineElementTagNames() {
  const tagNames = new Map();
  return {
    name: 'clinic-define-element',
    analyzePhase({ ts, node }) {
      if (ts.isCallExpression(node) && node.expression.getText() === 'defineElement') {
        const [tag, elementClass] = node.arguments;
        if (tag && elementClass && ts.isStringLiteral(tag)) tagNames.set(elementClass.getText(), tag.text);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tagName = tagNames.get(declaration.name);
          if (declaration.kind === 'class' && tagName) {
            declaration.tagName ??= tagName;
            declaration.customElement = true;
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineElementTagNames()],
};
