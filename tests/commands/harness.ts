/** Builds the real command handler over the in-memory store, the real index and the fixed corpus. */
import type { CommandRequest, RichMessage, SourceStatusRow, Subscription } from '../../src/domain/index.ts';
import { richTextToPlain } from '../../src/domain/index.ts';
import { createCommandHandler, type CommandDeps } from '../../src/commands/index.ts';
import { defaultWatchlist } from '../../src/matching/index.ts';
import { loadSearchIndex } from '../../src/search/index.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { CORPUS, CT_HB5001_UPDATE, NOW } from '../fixtures/commands/corpus.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';

export const SOURCES: SourceStatusRow[] = [
  {
    id: 'federal-register',
    name: 'Federal Register',
    type: 'federal-register',
    enabled: true,
    lastSuccessAt: '2026-11-20T11:00:00Z',
    consecutiveFailures: 0,
    itemsSeen: 120,
    nextPollAt: '2026-11-20T12:30:00Z',
  },
  {
    id: 'fpds',
    name: 'FPDS awards',
    type: 'fpds',
    enabled: true,
    lastSuccessAt: '2026-11-18T11:00:00Z',
    lastErrorAt: '2026-11-20T11:30:00Z',
    lastError: 'HTTP 503 from fpds.gov',
    consecutiveFailures: 4,
    itemsSeen: 30,
  },
  {
    id: 'sam-opportunities',
    name: 'SAM.gov opportunities',
    type: 'sam-opportunities',
    enabled: false,
    disabledReason: 'SAM_API_KEY is not set',
    consecutiveFailures: 0,
    itemsSeen: 0,
  },
];

export async function setup(overrides: Partial<CommandDeps> = {}) {
  const store = createMemoryStore();
  for (const e of CORPUS) await recordItems(store, [{ item: e.item, match: e.match }], new Date(e.seenAt));
  await recordItems(store, [{ item: CT_HB5001_UPDATE.item, match: CT_HB5001_UPDATE.match }], new Date(CT_HB5001_UPDATE.seenAt));
  const search = await loadSearchIndex(store);
  const digestCalls: Array<{ op: 'preview' | 'sendNow'; sub: Subscription }> = [];
  const changedWorkspaces: string[] = [];
  const deps: CommandDeps = {
    store,
    clock: { now: () => NOW },
    search,
    watchlist: () => defaultWatchlist(),
    digest: {
      async preview(sub) {
        digestCalls.push({ op: 'preview', sub });
        return [
          {
            type: 'digest',
            title: 'Week of Nov 16',
            fallbackText: 'part 1',
            sections: [{ heading: 'Priority', lines: [[{ text: 'CT HB 5001' }]] }],
          },
          { type: 'digest', title: 'Week of Nov 16 (2/2)', fallbackText: 'part 2', body: [[{ text: 'and 3 more' }]] },
        ];
      },
      async sendNow(sub) {
        digestCalls.push({ op: 'sendNow', sub });
        return { sent: 2 };
      },
    },
    sources: async () => SOURCES,
    runtime: () => ({ version: '0.1.0', startedAt: new Date('2026-11-20T09:00:00Z'), lastPollAt: new Date('2026-11-20T11:55:00Z') }),
    defaultTz: 'America/New_York',
    onWatchlistChanged: (ws) => changedWorkspaces.push(ws),
    ...overrides,
  };
  const handler = createCommandHandler(deps);
  const base: CommandRequest = {
    platform: 'slack',
    workspaceId: 'T1',
    channelId: 'C1',
    userId: 'U1',
    userName: 'ana',
    text: '',
    isManager: false,
  };
  const run = (text: string, extra: Partial<CommandRequest> = {}) => handler({ ...base, ...extra, text });
  const manager = (text: string, extra: Partial<CommandRequest> = {}) =>
    run(text, { isManager: true, userId: 'U2', userName: 'mgr', ...extra });
  return { store, search, deps, handler, run, manager, digestCalls, changedWorkspaces };
}

/** Everything a person would read in a reply, as plain text. */
export function textOf(m: RichMessage): string {
  return [
    m.title,
    ...(m.context ?? []),
    ...(m.fields ?? []).map((f) => `${f.label}: ${f.value}`),
    ...(m.body ?? []).map(richTextToPlain),
    ...(m.sections ?? []).flatMap((s) => [s.heading ?? '', ...s.lines.map(richTextToPlain)]),
    m.footer ?? '',
  ].join('\n');
}
