/** The rows behind `policywatch sources` and the chat `sources` command. */
import type { SourceConfig, SourceStateStore, SourceStatusRow } from '../domain/index.ts';
import { disabledReason, type PollerDeps } from './poller.ts';

export async function sourceStatusRows(
  sources: SourceConfig[],
  store: SourceStateStore,
  deps: Pick<PollerDeps, 'connectorFor' | 'secrets'>,
): Promise<SourceStatusRow[]> {
  const rows: SourceStatusRow[] = [];
  for (const s of sources) {
    const st = await store.getSourceState(s.id);
    const reason = disabledReason(s, st, deps);
    rows.push({
      id: s.id,
      name: s.name,
      type: s.type,
      enabled: !reason,
      disabledReason: reason,
      lastSuccessAt: st.lastSuccessAt,
      lastErrorAt: st.lastErrorAt,
      lastError: st.lastError,
      consecutiveFailures: st.consecutiveFailures,
      failingSince: st.failingSince,
      itemsSeen: st.itemsSeen,
      nextPollAt: reason ? undefined : st.nextPollAt,
      quota: st.quota,
      ...(st.backlog ? { backlog: st.backlog } : {}),
    });
  }
  return rows;
}

/** A fixed-width text table of source rows for the terminal. */
export function formatSourceTable(rows: SourceStatusRow[]): string {
  const header = ['id', 'type', 'enabled', 'last success', 'last error', 'fails', 'items', 'next poll', 'quota'];
  const t = (s?: string) => (s ? s.replace('T', ' ').slice(0, 16) : '—');
  const body = rows.map((r) => [
    r.id,
    r.type,
    r.enabled ? 'yes' : `no: ${r.disabledReason ?? ''}`,
    t(r.lastSuccessAt),
    r.lastError ? `${t(r.lastErrorAt)} ${r.lastError}`.slice(0, 70) : '—',
    String(r.consecutiveFailures),
    String(r.itemsSeen),
    t(r.nextPollAt),
    r.quota ? `${r.quota.used}/${r.quota.limit} per ${r.quota.period}, ${Math.max(0, r.quota.limit - r.quota.used)} left` : '—',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
