// What `npm pack` would publish: the CLI bundles `bin` points at (and those it loads), the config schema a
// `$schema` reference resolves to, the docs; no sources, tests or benchmarks. Needs the bundles built (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const built = existsSync(join(root, 'dist', 'cli.js'));

test('the npm package ships the CLI bundles, the schema and the docs, and nothing else', { skip: built ? false : 'dist/ is not built: run `npm run build` first' }, () => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const files = new Set((JSON.parse(out) as { files: { path: string }[] }[])[0].files.map((f) => f.path));
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  for (const bin of Object.values(manifest.bin)) assert.ok(files.has(bin.replace(/^\.\//, '')), `bin ${bin} is packed`);
  // The launcher loads these from its own folder.
  for (const f of ['dist/cli-worker.js', 'dist/cli-detect.js', 'dist/cli-customer-data.js', 'schemas/piilintrc.schema.json', 'README.md', 'docs/cli.md']) {
    assert.ok(files.has(f), `${f} is packed`);
  }
  const stray = [...files].filter((f) => /^(server|client|test|bench|scripts|samples)\//.test(f) || f.endsWith('.map') || f === 'dist/client.js');
  assert.deepEqual(stray, [], 'no sources, tests, benchmarks, source maps or the VS Code bundles');
});
