// Entry loaded by VS Code through --extensionTestsPath: `run()` runs every registered test in order and
// prints one line per test plus the closing `N passed, N failed` line the runner and CI read.
// Suites (`*.e2e.ts`) register their tests on import; run.mjs bundles them all ahead of this module.
import { writeFileSync } from 'node:fs';
import { registeredTests } from './harness';

export async function run(): Promise<void> {
  let passed = 0;
  let failed = 0;
  const only = process.env.PII_LINT_E2E_FILTER;
  const tests = registeredTests().filter((t) => !only || t.name.includes(only));
  for (const t of tests) {
    const started = Date.now();
    try {
      await t.fn();
      passed++;
      console.log(`ok - ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      const err = e as Error;
      console.log(`FAIL - ${t.name}: ${err?.stack ?? String(e)}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  // The runner adds up the sessions from this file (the process exit code alone cannot carry counts).
  const results = process.env.PII_LINT_E2E_RESULTS;
  if (results) writeFileSync(results, JSON.stringify({ passed, failed }));
  if (failed > 0) throw new Error(`${failed} extension test(s) failed`);
}
