import { defineConfig } from 'vite';

/** Bundles the server (and @repairable/core, which is TypeScript source) into dist/; npm packages stay external. */
export default defineConfig({
  build: {
    ssr: 'src/cli.ts',
    outDir: 'dist',
    target: 'node20',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
  },
  ssr: { noExternal: ['@repairable/core'] },
  logLevel: 'warn',
});
