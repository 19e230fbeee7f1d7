// One esbuild context per bundle: the VS Code client, the language server, the CLI (its launcher, lint run and
// worker, detection thread, customer-data),
// and the eval/bench harnesses. `node esbuild.js --watch` rebuilds on change.
const esbuild = require('esbuild');
const fs = require('fs');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const bundles = [
  { entry: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
  { entry: 'server/src/lsp/main.ts', out: 'dist/server.js' },
  { entry: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { entry: 'server/src/cli/worker.ts', out: 'dist/cli-worker.js' },
  { entry: 'server/src/cli/detectWorker.ts', out: 'dist/cli-detect.js' },
  { entry: 'server/src/cli/customerData.ts', out: 'dist/cli-customer-data.js' },
  { entry: 'scripts/eval.ts', out: 'dist/eval.js' },
  { entry: 'bench/main.ts', out: 'dist/bench.js' },
].filter((b) => fs.existsSync(b.entry));

async function main() {
  const contexts = await Promise.all(
    bundles.map((b) =>
      esbuild.context({
        entryPoints: [b.entry],
        outfile: b.out,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        sourcemap: !production,
        minify: production,
        external: b.external ?? [],
        banner: b.banner ? { js: b.banner } : undefined,
        logLevel: 'warning',
      }),
    ),
  );
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  const cli = 'dist/cli.js';
  if (fs.existsSync(cli)) fs.chmodSync(cli, 0o755);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
