// @custom-elements-manifest/analyzer: reads the JSDoc of src/ (Lit-aware) into custom-elements.json.
// The plugins below turn the analyzer's view of the source into the manifest of the published
// package: paths of the files in dist/, only public API, the tags each entry module defines and the
// shared `--clinic-*` tokens on every element. `npm run analyze` writes it; scripts/manifest.mjs also
// validates it (@wc-toolkit/cem-validator) and checks it against these rules.
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * The package's entry modules: the sources of the files package.json "exports" names in dist/
 * (`./faq.js` → dist/faq.js → src/faq.ts). Bundles (the drop-in file) have no module of their own.
 */
export const entryModules = Object.values(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).exports)
  .flatMap(function targets(value) {
    return typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(targets);
  })
  .map((target) => /^\.\/dist\/([\w-]+)\.js$/.exec(target)?.[1])
  .filter((name) => name && existsSync(new URL(`./src/${name}.ts`, import.meta.url)))
  .map((name) => `src/${name}.ts`);

/** `src/components/faq/faq.ts` → `dist/components/faq/faq.js`: where the package holds that module. */
export function publishedPath(sourcePath) {
  return sourcePath.replace(/^(\.\/)?src\//, 'dist/').replace(/\.[jt]s$/, '.js');
}

/**
 * Tag names come from our `defineElement('clinic-faq', ClinicFaq)` calls in the entry modules: each
 * such call becomes the class's tag name and a `custom-element-definition` export of that entry
 * (the module that registers the tag), as `customElements.define()` would.
 */
function defineElementTagNames() {
  const definitions = []; // { modulePath, tagName, className }
  return {
    name: 'clinic-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isCallExpression(node) && node.expression.getText() === 'defineElement') {
        const [tag, elementClass] = node.arguments;
        if (tag && elementClass && ts.isStringLiteral(tag)) {
          definitions.push({ modulePath: moduleDoc.path, tagName: tag.text, className: elementClass.getText() });
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const classModules = new Map(); // class name → path of the module declaring it
      for (const module of customElementsManifest.modules) {
        // `defineElement` itself calls customElements.define(tagName, …): not a definition of a tag.
        module.exports = module.exports?.filter((entry) => !(entry.kind === 'custom-element-definition' && module.path.endsWith('internal/define.ts')));
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind === 'class') classModules.set(declaration.name, module.path);
          const definition = definitions.find((candidate) => candidate.className === declaration.name);
          if (declaration.kind === 'class' && definition) {
            declaration.tagName ??= definition.tagName;
            declaration.customElement = true;
          }
        }
      }
      for (const { modulePath, tagName, className } of definitions) {
        const module = customElementsManifest.modules.find((candidate) => candidate.path === modulePath);
        if (!module || !classModules.has(className)) continue;
        module.exports ??= [];
        if (module.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tagName)) continue;
        module.exports.push({ kind: 'custom-element-definition', name: tagName, declaration: { name: className, module: classModules.get(className) } });
      }
    },
  };
}

/**
 * The shared tokens (`@cssprop` in the JSDoc of src/internal/tokens.styles.ts, a stylesheet every
 * widget adopts, which the analyzer does not attach to any class) are listed on every element, after
 * the element's own properties, so editors and docs offer them wherever they apply.
 */
function sharedTokens(file = 'src/internal/tokens.styles.ts') {
  return {
    name: 'clinic-shared-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const tokens = [...readFileSync(file, 'utf8').matchAll(/@cssprop\s+\[(--clinic-[\w-]+)=([^\]]*)\]\s+-\s+(.+)/g)]
        .map(([, name, defaultValue, description]) => ({ name, default: defaultValue, description: description.trim() }));
      if (tokens.length === 0) throw new Error(`${file} documents no --clinic-* tokens (@cssprop [--clinic-name=default] - description)`);
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (!declaration.customElement) continue;
        const own = new Set((declaration.cssProperties ?? []).map((property) => property.name));
        declaration.cssProperties = [...(declaration.cssProperties ?? []), ...tokens.filter((token) => !own.has(token.name)).map((token) => ({ ...token }))];
      }
    },
  };
}

/** What the platform's form-control members mean, for a form-associated element whose JSDoc leaves them out. */
const FORM_CONTROL_MEMBERS = {
  form: 'The form this element belongs to, as on native form controls.',
  validity: 'The validity state, as on native form controls (`valueMissing` when `required` and nothing is chosen).',
  validationMessage: 'The message the browser shows when the element is invalid, as on native form controls.',
  willValidate: 'Whether the element takes part in constraint validation, as on native form controls.',
  checkValidity: 'Returns whether the element is valid (fires `invalid` when not), as on native form controls.',
  reportValidity: 'Like `checkValidity()`, and shows the message when invalid, as on native form controls.',
};

function formControlDescriptions() {
  return {
    name: 'clinic-form-control-descriptions',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        for (const member of declaration.members ?? []) {
          if (!member.description && Object.hasOwn(FORM_CONTROL_MEMBERS, member.name)) member.description = FORM_CONTROL_MEMBERS[member.name];
        }
      }
    },
  };
}

/** A member that is not public API: private or protected, `#private`, `_internal` (mangled in the drop-in file), static, or a platform callback. */
export function isInternalMember(member) {
  return (
    member.privacy === 'private' ||
    member.privacy === 'protected' ||
    member.name.startsWith('#') ||
    member.name.startsWith('_') ||
    member.static === true ||
    /Callback$/.test(member.name) || // formResetCallback & co.: the browser calls them, people don't
    /@internal\b/.test(member.description ?? '')
  );
}

/**
 * Only public API: internal members go (the analyzer already drops `@internal` ones), and so do the
 * modules that are neither an entry point nor an element's own (helpers such as read-faq.ts are not
 * reachable through package.json "exports"). An element's module lists the element and the types it
 * exports beside it (event details such as `ClinicFaqToggleDetail`, which the analyzer leaves out).
 */
function publicApiOnly() {
  const typeExports = new Map(); // module path → names of the interfaces and types it exports
  return {
    name: 'clinic-public-api-only',
    analyzePhase({ ts, node, moduleDoc }) {
      const record = (name) => typeExports.set(moduleDoc.path, [...(typeExports.get(moduleDoc.path) ?? []), name]);
      const exported = node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
      if (exported && (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node))) record(node.name.getText());
      // `export type { ClinicSubmitDetail } from './contact-form.events.js'`: types declared beside the element.
      if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
        for (const specifier of node.exportClause.elements) {
          if (node.isTypeOnly || specifier.isTypeOnly) record(specifier.name.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (module) => entryModules.includes(module.path) || (module.declarations ?? []).some((declaration) => declaration.customElement),
      );
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter((member) => !isInternalMember(member));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !attribute.name.startsWith('_'));
        }
        // An element's module documents the element; its other exports (helper functions, styles) are not public.
        if ((module.declarations ?? []).some((declaration) => declaration.customElement)) {
          module.declarations = module.declarations.filter((declaration) => declaration.customElement);
          const declared = new Set(module.declarations.map((declaration) => declaration.name));
          const types = new Set(typeExports.get(module.path) ?? []);
          module.exports = (module.exports ?? []).filter((entry) => declared.has(entry.declaration?.name) || types.has(entry.name));
          for (const name of types) {
            if (!module.exports.some((entry) => entry.name === name)) module.exports.push({ kind: 'js', name, declaration: { name, module: module.path } });
          }
        }
      }
    },
  };
}

/**
 * Module paths and references point at the published files (dist/*.js), not the source the package
 * does not contain; a relative reference (`./internal/i18n.js` in src/classes.ts) becomes the path of
 * the module it names.
 */
function publishedPaths() {
  const published = (reference, from) => {
    const fromRoot = /^\.\.?\//.test(reference) ? posix.join(posix.dirname(from), reference) : reference.replace(/^\//, '');
    return /^src\/.*\.[jt]s$/.test(fromRoot) ? publishedPath(fromRoot).replace(/\.ts$/, '.js') : reference;
  };
  const rewrite = (value, from) => {
    if (Array.isArray(value)) return value.forEach((inner) => rewrite(inner, from));
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string') value[key] = published(inner, from);
      else rewrite(inner, from);
    }
  };
  return {
    name: 'clinic-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        rewrite(module.declarations, module.path);
        rewrite(module.exports, module.path);
        module.path = publishedPath(module.path);
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
  // Order matters: paths are rewritten last, after the other plugins matched on source paths.
  plugins: [defineElementTagNames(), sharedTokens(), publicApiOnly(), formControlDescriptions(), publishedPaths()],
};
