// Shared by the CLI bundle (scripts/bundle.mjs) and the web page's (scripts/webBundle.mjs).

/**
 * Packages that pdfkit requires (CommonJS) and jixiao's own code imports (ES modules): esbuild bundles a package's
 * CommonJS build for a require() and its ES build for an import, so fontkit was in the build script twice, its ES
 * build with its own restructure and unicode-properties (~250 KB), and a `build --sign` ran two font parsers, each
 * decoding the font again. The renderer also reaches pdfkit's fontkit itself (src/render/engine.ts), which must be
 * the same one. Resolved as a require() from everywhere, each is bundled once, in Node and in a browser alike.
 */
const ONE_COPY = ['fontkit'];

export const oneCopy = {
  name: 'one-copy',
  setup(b) {
    const filter = new RegExp(`^(${ONE_COPY.join('|')})$`);
    b.onResolve({ filter }, async (args) => {
      if (args.kind === 'require-call' || args.pluginData === 'one-copy') return undefined;
      const r = await b.resolve(args.path, { kind: 'require-call', resolveDir: args.resolveDir, importer: args.importer, pluginData: 'one-copy' });
      if (r.errors.length) return { errors: r.errors };
      // A bundle that leaves packages out (the benchmark's warm build) leaves this one out too.
      return r.external ? { path: args.path, external: true } : { path: r.path, namespace: r.namespace, sideEffects: r.sideEffects };
    });
  },
};
