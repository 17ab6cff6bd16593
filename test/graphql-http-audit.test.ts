/**
 * The GraphQL-over-HTTP conformance audits of the `graphql-http` package, run against a running
 * gateway with every hardening plugin at its defaults (limits, CSRF prevention, CORS, metrics).
 * Every MUST and every SHOULD passes; MAY audits are reported, not required.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits, type AuditResult } from 'graphql-http';
import { startTestGateway, type TestGateway } from './support/gateway.ts';

let t: TestGateway;
const results: AuditResult[] = [];

beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  const tally = (requirement: string, status: string) => results.filter((r) => r.name.startsWith(requirement) && r.status === status).length;
  const line = ['MUST', 'SHOULD', 'MAY'].map((r) => `${r}: ${tally(r, 'ok')} ok, ${tally(r, 'warn')} warn, ${tally(r, 'error')} error`).join('; ');
  console.log(`graphql-http audit: ${results.filter((r) => r.status === 'ok').length}/${results.length} passed (${line})`);
  await t?.close();
});

/** Like a client of ours: the caller's credentials on every request. */
const fetchWithCredentials: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  for (const [name, value] of Object.entries(t.demoHeaders)) headers.set(name, value);
  return fetch(input, { ...init, headers });
};

describe('graphql-http server audits', () => {
  const audits = serverAudits({ url: () => t.gateway.url, fetchFn: fetchWithCredentials });

  for (const audit of audits) {
    it(audit.name, async () => {
      const result = await audit.fn();
      results.push(result);
      if (audit.name.startsWith('MAY')) return;
      const detail = result.status === 'ok' ? '' : `${result.reason}\n${JSON.stringify(await result.response.text?.().catch(() => '') ?? '')}`;
      expect(result.status, detail).toBe('ok');
    });
  }
});
