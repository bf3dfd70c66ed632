import path from 'node:path';
import type { Plugin } from 'vite';

interface Rule {
  /** A module of the package that only code needing the styles imports. */
  module: RegExp;
  /** The stylesheet, from the package's root and the module's match. */
  stylesheet: (match: RegExpExecArray) => string;
}

const RULES: Rule[] = [
  // @mantine/core: each component's class-name map ↔ that component's styles.
  { module: /[\\/]@mantine[\\/]core[\\/]esm[\\/](?:.+[\\/])?(\w+)\.module\.mjs$/, stylesheet: (m) => `styles/${m[1]}.layer.css` },
  // @mantine/dates ships one stylesheet for all its pickers: it goes with any of them.
  { module: /[\\/]@mantine[\\/]dates[\\/]esm[\\/](?:.+[\\/])?\w+\.module\.mjs$/, stylesheet: () => 'styles.layer.css' },
  // mantine-datatable is one module.
  { module: /[\\/]mantine-datatable[\\/]dist[\\/]index\.mjs$/, stylesheet: () => 'dist/styles.layer.css' },
];

/** What `import 'virtual:mantine-styles'` (main.tsx) stands for. */
const STYLES_MODULE = 'virtual:mantine-styles';
const GLOBAL_STYLES = [
  '@mantine/core/styles/baseline.layer.css',
  '@mantine/core/styles/default-css-variables.layer.css',
  '@mantine/core/styles/global.layer.css',
  '@mantine/notifications/styles.layer.css',
];
/** In dev, where Vite pre-bundles dependencies and transforms none of their modules: everything. */
const ALL_STYLES = [
  '@mantine/core/styles.layer.css',
  '@mantine/dates/styles.layer.css',
  '@mantine/notifications/styles.layer.css',
  'mantine-datatable/styles.layer.css',
];

/**
 * Mantine's stylesheet for all of its ~100 components is 300 KB (42 KB gzipped), and it was
 * loaded by every page. This ties styles to code instead: the module holding a component's
 * class names imports that component's stylesheet, so the bundler puts the styles in the chunk
 * of the component and a page downloads the styles of the components it uses (its route's CSS
 * is in place before its code runs). The stylesheet import is the module's last, and Mantine's
 * components import their building blocks before their class names, so the styles of what a
 * component builds on still come first, as in Mantine's full stylesheet. The app imports
 * `virtual:mantine-styles`: in a build, the global styles (baseline, CSS variables) and the
 * notifications' few lines; under the dev server, Mantine's full stylesheets as before.
 */
export function mantineComponentCss(): Plugin {
  let build = false;
  return {
    name: 'panorama:mantine-component-css',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId(source) {
      return source === STYLES_MODULE ? `\0${STYLES_MODULE}` : null;
    },
    load(id) {
      if (id !== `\0${STYLES_MODULE}`) return null;
      return (build ? GLOBAL_STYLES : ALL_STYLES).map((sheet) => `import ${JSON.stringify(sheet)};`).join('\n');
    },
    transform(code, id) {
      if (!build) return null;
      const file = id.split('?')[0];
      for (const rule of RULES) {
        const match = rule.module.exec(file);
        if (!match) continue;
        const packageRoot = packageRootOf(file);
        const stylesheet = path.join(packageRoot, rule.stylesheet(match));
        return { code: `${code}\nimport ${JSON.stringify(stylesheet)};\n`, map: null };
      }
      return null;
    },
  };
}

/** node_modules/<name> or node_modules/@scope/<name> above the file. */
function packageRootOf(file: string): string {
  const parts = file.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  const depth = parts[at + 1].startsWith('@') ? 3 : 2;
  return parts.slice(0, at + depth).join(path.sep);
}
