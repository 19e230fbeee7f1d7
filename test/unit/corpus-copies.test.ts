// The labelled corpora in ../shared measure us; they must not leak into the project. Our examples, tests and
// comments are written by us: no person named in a corpus' gold spans, and no whole corpus sentence, may appear in
// the repository's source, tests, scripts or docs (tuning to single records and copying third-party data both start
// that way).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadAll } from '../../scripts/eval/corpora';
import { repoRoot, sharedDir, skipWithoutShared } from '../support/shared';

const SCANNED_DIRS = ['server/src', 'client/src', 'test', 'scripts', 'bench', 'docs', 'samples'];
const SCANNED_FILES = /\.(?:ts|mts|mjs|js|md|json|csv|txt|py|sh|html)$/;
// Generated word lists come from dictionaries (census, faker), not from the corpora, and hold ordinary names;
// hidden folders hold build output and generated bench inputs (bench/.generated is built from the corpora).
const SKIPPED = /(?:\.generated\.|node_modules|\/\.[^/]+$)/;

/** Characters in a row that make a copied sentence. */
const WINDOW = 40;

function files(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (SKIPPED.test(path) || name.startsWith('.')) continue;
    if (statSync(path).isDirectory()) out = out.concat(files(path));
    else if (SCANNED_FILES.test(name)) out.push(path);
  }
  return out;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Word n-grams (n = 2..4) of a normalised text, for matching multi-word names by set lookup. */
function wordGrams(text: string): Set<string> {
  const words = text.split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length > 0);
  const grams = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let g = words[i];
    for (let n = 2; n <= 4 && i + n <= words.length; n++) {
      g += ' ' + words[i + n - 1];
      grams.add(g);
    }
  }
  return grams;
}

test('no corpus person name or corpus sentence is copied into the repository', { skip: skipWithoutShared() }, () => {
  const corpora = loadAll(sharedDir()!);
  const names = new Set<string>();
  // Sentences are matched by their first WINDOW characters: that many characters in a row are a copy.
  const openings = new Set<string>();
  for (const corpus of corpora) {
    for (const doc of corpus.docs) {
      for (const g of doc.gold) {
        if (corpus.classOf(g.label) !== 'PERSON') continue;
        const name = normalise(doc.text.slice(g.start, g.end)).split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length > 0).join(' ');
        // Names of two to four words: single given names ("david") are everyday words of any text.
        const words = name.split(' ').length;
        if (words >= 2 && words <= 4 && name.length >= 8) names.add(name);
      }
      for (const s of doc.text.split(/(?<=[.!?])\s+|\n+/)) {
        const n = normalise(s);
        if (n.length >= WINDOW) openings.add(n.slice(0, WINDOW));
      }
    }
  }
  assert.ok(names.size > 500 && openings.size > 5000, `corpora loaded (${names.size} names, ${openings.size} sentences)`);
  const found: string[] = [];
  for (const dir of SCANNED_DIRS) {
    for (const path of files(join(repoRoot, dir))) {
      // Strings in source are often escaped; unescape the common escapes before comparing.
      const text = normalise(readFileSync(path, 'utf8').replace(/\\n/g, '\n').replace(/\\'/g, "'"));
      const where = relative(repoRoot, path);
      for (const g of wordGrams(text)) {
        if (names.has(g)) found.push(`${where}: a person named in a corpus (${g.length} characters, starts "${g.slice(0, 2)}")`);
      }
      for (let at = 0; at + WINDOW <= text.length; at++) {
        if (openings.has(text.slice(at, at + WINDOW))) {
          found.push(`${where}: a corpus sentence ("${text.slice(at, at + 12)}...")`);
          at += WINDOW;
        }
      }
    }
  }
  assert.deepEqual(found, []);
});
