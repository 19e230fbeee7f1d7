// TextMate grammar tests: each file in test/grammar/cases is a vscode-tmgrammar-test case (scope assertions
// under the lines they check), run against the grammars contributed in package.json.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..', '..');
const casesDir = join(__dirname, 'cases');
const tool = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');

for (const name of readdirSync(casesDir).sort()) {
  test(`grammar: ${name}`, () => {
    const r = spawnSync(process.execPath, [tool, '--config', join(root, 'package.json'), join('test', 'grammar', 'cases', name)], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /run successfuly/);
  });
}
