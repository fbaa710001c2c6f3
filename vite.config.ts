// Builds the kit for the script tag: packages/widgets/dist/ventanilla.js (the loader, a stable
// name) and hashed chunks: one per element, a runtime (Lit and the core) shared by all, and
// what only some pages need (Markdown, a language other than Spanish, the weekly tables).
// `npm run build` then runs scripts/size-check.mjs (budgets) and the API docs generator.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const widgets = fileURLToPath(new URL('packages/widgets/', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('packages/widgets/package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Lit records its versions in three page globals (`litHtmlVersions`…) for a dev-time warning.
 * The kit promises one global only, so the bundle leaves them out.
 */
function noLitVersionGlobals(): Plugin {
  return {
    name: 'ventanilla-no-lit-version-globals',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
      // The push sits inside comma expressions in Lit's minified files: replace it with `0`.
      const stripped = code.replace(/\(\s*(?:globalThis|[\w$]+)\.(?:litHtmlVersions|litElementVersions|reactiveElementVersions)\s*\?\?=\s*\[\]\s*\)\.push\([^)]*\)/g, '0');
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}

/**
 * The kit's styles are `css` tagged templates, which no minifier touches: collapse their
 * whitespace and comments at build time (our sources only, where the CSS has no strings).
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'ventanilla-minify-css-templates',
    transform(code, id) {
      if (!/[\\/]widgets[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      const minified = code.replace(/css`([^`]*)`/g, (_, body: string) => {
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .replace(/\s*!important/g, '!important')
          // `[part~='base']` → `[part~=base]`, `0.5rem` → `.5rem`: the same CSS, shorter.
          .replace(/\[([\w-]+[~|^$*]?=)'([a-zA-Z][\w-]*)'\]/g, '[$1$2]')
          .replace(/([\s:,(-])0\.(\d)/g, '$1.$2')
          .trim();
        return `css\`${css}\``;
      });
      return { code: minified, map: null };
    },
  };
}

/**
 * The kit's `html` templates are indented for reading; each line break with its indentation
 * becomes one space, which renders the same (no template of ours holds `<pre>` or text inside
 * a `<textarea>`, where whitespace would count). Our sources only; Lit's own code is left alone.
 */
function collapseHtmlTemplates(): Plugin {
  return {
    name: 'ventanilla-collapse-html-templates',
    transform(code, id) {
      if (!/[\\/]widgets[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('html`')) return null;
      const quasis: { start: number; end: number }[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const { type, tag, quasi } = node as { type?: string; tag?: { type: string; name?: string }; quasi?: { quasis: { start: number; end: number }[] } };
        if (type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && tag.name === 'html') quasis.push(...quasi!.quasis);
        for (const value of Object.values(node)) visit(value);
      };
      visit(this.parse(code));
      let collapsed = code;
      for (const { start, end } of quasis.sort((a, b) => b.start - a.start)) {
        collapsed = collapsed.slice(0, start) + collapsed.slice(start, end).replace(/\s*\n\s*/g, ' ') + collapsed.slice(end);
      }
      return collapsed === code ? null : { code: collapsed, map: null };
    },
  };
}

/**
 * What the elements share, in one chunk: Lit's runtime and the kit's core (base element,
 * controllers, styles), which every element needs together. A module that only one element
 * uses (Lit's `live` directive, the API client's writing half, the core strings in English or
 * Portuguese…) is left out and travels with whatever loads it.
 */
const shared = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|[\\/]widgets[\\/]src[\\/]core[\\/]/;

export default defineConfig({
  root: widgets,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  define: {
    // Development-only warnings vanish from the served bundle (see core/dev.ts).
    __VN_DEV__: 'false',
    __VN_VERSION__: JSON.stringify(version),
  },
  plugins: [noLitVersionGlobals(), minifyCssTemplates(), collapseHtmlTemplates()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    // The size check reads which chunks each element imports from here.
    manifest: 'build-manifest.json',
    // Library mode: chunks are plain relative dynamic imports, with no preload helper in the loader.
    lib: {
      entry: fileURLToPath(new URL('packages/widgets/src/loader.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'ventanilla.js',
    },
    modulePreload: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        // Library mode keeps whitespace in ES output for tree-shaking by other bundlers; this
        // bundle is served as is, so it is minified whole.
        minify: process.env.VN_NO_MINIFY ? false : true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          groups: [
            { name: 'runtime', test: shared, minShareCount: 2, priority: 20 },
            { name: 'markdown', test: /[\\/]node_modules[\\/](marked|dompurify)[\\/]|[\\/]core[\\/]markdown[^\\/]*\.ts$/, priority: 10 },
          ],
        },
      },
    },
  },
});
