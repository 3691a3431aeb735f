/**
 * Configuration of `cem analyze` (@custom-elements-manifest/analyzer): custom-elements.json, the
 * manifest of <inspection-map>, comes from the JSDoc of its class. `npm run docs` writes it and
 * the README's API section from it; test/node/api-docs.test.ts checks that both are current.
 */

/** Lit's lifecycle methods: public in JavaScript, not part of the element's API. */
const LIFECYCLE = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
]);

/** Keeps the manifest to the public API: no private, protected, static or lifecycle members. */
function publicApiOnly() {
  return {
    name: 'inspection-map:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (m) => !m.privacy && !m.static && !LIFECYCLE.has(m.name),
          );
        }
      }
    },
  };
}

export default {
  globs: [
    'src/components/inspection-map/inspection-map.ts',
    'src/components/inspection-map/define.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly()],
};
