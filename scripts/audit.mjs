// `node scripts/audit.mjs` (run by .ci/run): the production dependencies must have no high or
// critical advisory (`npm audit --omit=dev`). Where the advisory service cannot be reached (a
// registry mirror that only serves packages answers 405), it says loudly that nothing was
// checked; AUDIT_REQUIRED=1 makes that a failure too.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** What `npm audit --json` printed, judged: { ok, checked, message }. */
export function judgeAudit(output) {
  let report;
  try {
    report = JSON.parse(output);
  } catch {
    return { ok: false, checked: false, message: `npm audit printed no report:\n${output.slice(0, 500)}` };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const why = report?.message ?? report?.error?.summary ?? 'no advisory counts in the report';
    return { ok: false, checked: false, message: `npm audit could not check the dependencies: ${why}` };
  }
  const high = Number(counts.high ?? 0);
  const critical = Number(counts.critical ?? 0);
  const names = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `${name} (${v.severity})`);
  const summary = Object.entries(counts)
    .filter(([k]) => k !== 'total')
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  if (high + critical > 0)
    return { ok: false, checked: true, message: `production dependencies have ${summary}: ${names.join(', ')}` };
  return { ok: true, checked: true, message: `production dependencies: ${summary || 'no advisories'}` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  const verdict = judgeAudit(result.stdout || result.stderr || '');
  if (verdict.ok) {
    console.log(`npm audit: ${verdict.message}`);
  } else if (!verdict.checked && process.env.AUDIT_REQUIRED !== '1') {
    console.warn(`WARNING: ${verdict.message}\nThe production dependencies were NOT checked for advisories.`);
  } else {
    console.error(`npm audit: ${verdict.message}`);
    process.exitCode = 1;
  }
}
