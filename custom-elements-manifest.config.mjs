// The manifest describes the package as it ships: the elements, the classes they inherit from and their
// events, at the paths of the built files (dist/*.js), with only the members a page can use.
// `npm run analyze` writes custom-elements.json; Storybook's autodocs and docs/elements/ read it.
import { readdirSync } from 'node:fs';

/** Each element's class and its registration; the helpers beside them are not API. */
const elementFiles = readdirSync('src/elements').flatMap((name) => [`src/elements/${name}/${name}.ts`, `src/elements/${name}/define.ts`]);

/** Where the build puts a source module: `src/a/b.ts` (or an import of `/src/a/b.js`) is `dist/a/b.js`. */
export const builtPath = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');

/** The elements register through `define()` (src/shared/define.ts), which the analyzer does not know: record each as a definition. */
function definitionsPlugin() {
  return {
    name: 'cf-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text } });
    },
    packageLinkPhase({ customElementsManifest }) {
      const moduleOf = new Map(customElementsManifest.modules.flatMap((module) => module.declarations.map((declaration) => [declaration.name, module.path])));
      for (const module of customElementsManifest.modules)
        for (const entry of module.exports ?? []) if (entry.kind === 'custom-element-definition' && !entry.declaration.module) entry.declaration.module = moduleOf.get(entry.declaration.name);
    },
  };
}

/**
 * What a page can use: not private, protected or `#` members, nor an element's static plumbing
 * (`catalogue`, `formAssociated`) or the callbacks the browser calls (`formResetCallback`).
 */
const isApi = (member, declaration) =>
  (!member.privacy || member.privacy === 'public') && !member.name.startsWith('#') && !(declaration.customElement && (member.static || /Callback$/.test(member.name)));

/** Drops what is not API and points every module path at the built file. */
function packagePlugin() {
  const rewrite = (value) => {
    if (Array.isArray(value)) value.forEach(rewrite);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = builtPath(inner);
        else rewrite(inner);
      }
  };
  return {
    name: 'cf-package',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        // A re-export from a helper beside the element (`export { x } from './helper.js'`) is not API.
        // Nor is the tag map each define.ts re-exports (`export type {} from '../../tags.js'`): types only.
        module.exports = module.exports?.filter(
          (entry) => !entry.declaration.module?.startsWith('./') && !/(^|\/)tags\.[jt]s$/.test(entry.declaration.module ?? ''),
        );
        // The analyzer keeps some local variables of a function as declarations of the module.
        const exported = new Set(module.exports.filter((entry) => entry.kind === 'js').map((entry) => entry.declaration.name));
        module.declarations = module.declarations.filter((declaration) => exported.has(declaration.name));
        for (const declaration of module.declarations) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter((member) => isApi(member, declaration));
          // A state property (`{ state: true }`) has no attribute, though the analyzer lists one.
          const fields = new Set(declaration.members.map((member) => member.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !attribute.fieldName || fields.has(attribute.fieldName));
          // Events are documented with `@fires`; the analyzer also guesses names from `dispatchEvent(new X(a))` calls.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
        }
      }
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: [...elementFiles, 'src/shared/tokens.ts', 'src/shared/framework-element.ts', 'src/shared/form-control.ts', 'src/shared/answer-form-element.ts', 'src/events/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [definitionsPlugin(), packagePlugin()],
};
