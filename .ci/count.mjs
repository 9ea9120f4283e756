// Prints "N passed, N failed" from Vitest's JSON report, and exits non-zero on any failure.
import { readFileSync } from 'node:fs';

const [file, status] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const suite of report.testResults ?? []) {
    for (const t of suite.assertionResults ?? []) {
      if (t.status === 'passed') passed++;
      else if (t.status === 'failed') failed++;
    }
    // A file that failed to load has no assertions but must count as a failure.
    if ((suite.assertionResults ?? []).length === 0 && suite.status === 'failed') failed++;
  }
} catch {
  failed = Math.max(failed, 1);
}
if (Number(status) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
