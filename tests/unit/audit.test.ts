import { describe, expect, it } from 'vitest';
import { judgeAudit } from '../../scripts/audit.mjs';

/* What the CI step decides from `npm audit --omit=dev --json`. */
describe('judgeAudit', () => {
  const report = (counts: Record<string, number>, vulnerabilities: Record<string, { severity: string }> = {}) =>
    JSON.stringify({
      metadata: { vulnerabilities: { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) } },
      vulnerabilities,
    });

  it('passes with no advisories, or only low and moderate ones', () => {
    expect(judgeAudit(report({ info: 0, low: 0, moderate: 0, high: 0, critical: 0 }))).toMatchObject({
      ok: true,
      checked: true,
    });
    const some = judgeAudit(report({ low: 2, moderate: 1, high: 0, critical: 0 }));
    expect(some).toMatchObject({ ok: true, checked: true });
    expect(some.message).toContain('2 low, 1 moderate');
  });

  it('fails on a high or critical advisory and names the package', () => {
    const verdict = judgeAudit(
      report(
        { low: 0, moderate: 0, high: 1, critical: 1 },
        { 'left-pad': { severity: 'high' }, evil: { severity: 'critical' }, meh: { severity: 'low' } },
      ),
    );
    expect(verdict).toMatchObject({ ok: false, checked: true });
    expect(verdict.message).toContain('left-pad (high), evil (critical)');
    expect(verdict.message).not.toContain('meh');
  });

  it('says nothing was checked when the advisory service cannot be reached', () => {
    const verdict = judgeAudit(
      JSON.stringify({
        message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
        statusCode: 405,
      }),
    );
    expect(verdict).toEqual({ ok: false, checked: false, message: expect.stringContaining('405 Method Not Allowed') });
    expect(judgeAudit('npm ERR! network')).toMatchObject({ ok: false, checked: false });
  });
});
