import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import { mantineComponentCss } from './vite-plugins/mantine-css.ts';
import { precompress } from './vite-plugins/precompress.ts';
import { splitDocuments } from './vite-plugins/split-documents.ts';

// The server serves dist/ with an SPA fallback; in dev, /graphql goes to the API on :4000.
export default defineConfig({
  plugins: [
    // Must come before the React plugin. Each route's component is its own chunk, except the
    // signed-in layout (navigation, header): every page but the login needs it at once, so it
    // ships with the entry instead of waiting for the session check to ask for it.
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      codeSplittingOptions: { splitBehavior: ({ routeId }) => (routeId === '/_app' ? [] : undefined) },
    }),
    react(),
    mantineComponentCss(),
    splitDocuments({ module: '@panorama/schema', file: fileURLToPath(new URL('../../packages/schema/src/generated/graphql.ts', import.meta.url)) }),
    precompress(),
  ],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: process.env.API_URL ?? 'http://localhost:4000', changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: process.env.API_URL ?? 'http://localhost:4000', changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Few, larger files: on a slow link every extra request costs a round trip (the browser
        // opens six connections per host), and small files compress worse. The entry and what it
        // imports are one file; library code that at least ten routes share ('ui') and app code
        // that at least five share ('common') are one file each, fetched once and cached; the
        // rest is split per route as the bundler sees fit. The charting library, date pickers and
        // drag-and-drop never go into 'ui': they stay with the few pages that use them.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 3 },
            { name: 'ui', test: /node_modules[\\/]\.pnpm[\\/](?!recharts|d3-|victory|decimal\.js|es-toolkit|immer|redux|reselect|@reduxjs|@mantine\+dates|@dnd-kit)/, minShareCount: 10, priority: 2 },
            { name: 'common', test: /apps[\\/]web[\\/]src[\\/](?!lib[\\/]i18n[\\/])/, minShareCount: 5, priority: 1 },
          ],
        },
      },
    },
  },
});
