import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveConfig } from '../../../server/src/engine/policy/config';
import { isIgnoredPath, kindForPath } from '../../../server/src/engine/policy/paths';

test('ignore globs: folder globs match the relative path, bare globs match the file name anywhere', () => {
  const config = resolveConfig({ ignore: ['vendor/**', '*.bak.json'] });
  assert.equal(isIgnoredPath(config, 'vendor/x.json'), true);
  assert.equal(isIgnoredPath(config, 'vendor\\deep\\y.csv'), true);
  assert.equal(isIgnoredPath(config, 'src/vendor.json'), false);
  assert.equal(isIgnoredPath(config, 'a/b/old.bak.json'), true);
  assert.equal(isIgnoredPath(config, 'a/b/old.json'), false);
});

test('kind globs force a kind by path or by file name', () => {
  const config = resolveConfig({ kinds: { utterances: ['logs/**/*.csv'], 'intents-csv': ['training-*.csv'] } });
  assert.equal(kindForPath(config, 'logs/2026/jan.csv'), 'utterances');
  assert.equal(kindForPath(config, 'x/training-1.csv'), 'intents-csv');
  assert.equal(kindForPath(config, 'other/jan.csv'), undefined);
});
