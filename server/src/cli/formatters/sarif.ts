// SARIF 2.1.0 for code scanning (GitHub `upload-sarif` and other viewers). Fingerprints are hashes of the
// rule, the path and the salted value hash: stable across runs, revealing nothing about the value.
import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { Severity } from '../../engine/types';
import type { RunView } from '../collector';
import type { ReportFinding } from '../report';
import type { FormatContext, RuleDescription } from './types';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const INFO_URI = 'https://github.com/assistant-pii-lint/assistant-pii-lint';
const DOCS = `${INFO_URI}/blob/main/docs/rules.md`;

function fingerprint(ruleId: string, path: string, valueHash: string, nth: number): string {
  return createHash('sha256').update(`${ruleId}\u0000${path}\u0000${valueHash}\u0000${nth}`).digest('hex');
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function ruleFor(d: RuleDescription): Sarif.ReportingDescriptor {
  return {
    id: d.id,
    name: d.id.replace(/(^|[-_.])([a-z])/g, (_, __, ch: string) => ch.toUpperCase()),
    shortDescription: { text: `${d.entity} (${d.category.toUpperCase()})` },
    fullDescription: { text: d.description },
    helpUri: d.docsUrl,
    help: { text: `${d.description} See ${d.docsUrl}` },
    defaultConfiguration: { level: LEVEL[d.defaultSeverity] },
    properties: { category: d.category, entity: d.entity, tags: ['privacy', d.category] },
  };
}

function resultFor(f: ReportFinding, ruleIndex: number | undefined, nth: number): Sarif.Result {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.masked ? `${f.message} (${f.masked})` : f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(f.path), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn,
            charOffset: f.offset, charLength: f.length,
          },
        },
        ...(f.fieldPath ? { logicalLocations: [{ fullyQualifiedName: f.fieldPath, kind: 'member' }] } : {}),
      },
    ],
    partialFingerprints: { 'piiLintValue/v1': fingerprint(f.ruleId, f.path, f.valueHash || f.fieldPath, nth) },
    properties: { entity: f.entity, category: f.category, confidence: f.confidence, ...(f.testValue ? { testValue: true } : {}) },
  };
}

const RESULTS_MARK = '\u0000results\u0000';

/** Written as `JSON.stringify(log, null, 2)` would, with the results streamed in place. */
export function* formatSarif(view: RunView, ctx: FormatContext): Generator<string> {
  const known = new Map(ctx.rules.map((r) => [r.id, r]));
  const used = new Map<string, RuleDescription>();
  for (const [id, f] of view.rulesSeen) {
    used.set(
      id,
      known.get(id) ?? {
        id, entity: f.entity, category: f.category, defaultSeverity: f.severity,
        description: id === 'parse-error' ? 'The file could not be read as the expected format.' : `Custom rule ${id}.`,
        docsUrl: `${DOCS}#${id}`,
      },
    );
  }
  // Every known rule is listed so result ruleIndex values stay stable between runs.
  const ids = [...new Set([...ctx.rules.map((r) => r.id), ...used.keys()])];
  const rules = ids.map((id) => ruleFor(known.get(id) ?? used.get(id)!));
  const index = new Map(ids.map((id, i) => [id, i]));
  const notifications: Sarif.Notification[] = [];
  for (const r of view.files) {
    if (r.error) {
      notifications.push({
        level: 'error',
        message: { text: `${r.path}: ${r.error}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(r.path), uriBaseId: '%SRCROOT%' } } }],
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'pii-lint', fullName: 'Assistant PII Lint', version: ctx.version, semanticVersion: ctx.version, informationUri: INFO_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(ctx.cwd) } },
        columnKind: 'utf16CodeUnits',
        results: RESULTS_MARK,
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
      },
    ],
  };
  const [head, tail] = JSON.stringify(log, null, 2).split(JSON.stringify(RESULTS_MARK));
  yield head;
  let first = true;
  for (const r of view.files) {
    // Occurrence numbers count per rule and value within a file (the fingerprint includes the path).
    const seen = new Map<string, number>();
    for (const f of r.findings()) {
      const k = `${f.ruleId}\u0000${f.valueHash}`;
      const nth = seen.get(k) ?? 0;
      seen.set(k, nth + 1);
      yield (first ? '[\n        ' : ',\n        ') + JSON.stringify(resultFor(f, index.get(f.ruleId), nth), null, 2).replace(/\n/g, '\n        ');
      first = false;
    }
  }
  yield first ? '[]' : '\n      ]';
  yield tail + '\n';
}

function pathToFileUri(dir: string): string {
  const posix = dir.replace(/\\/g, '/');
  const withSlash = posix.endsWith('/') ? posix : posix + '/';
  return 'file://' + (withSlash.startsWith('/') ? '' : '/') + encodePath(withSlash);
}
