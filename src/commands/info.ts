/** `help`, `sources`, `status`: read-only answers. */
import type { RichSection, SourceStatusRow, Subscription } from '../domain/index.ts';
import type { Ctx } from './context.ts';
import { COMMANDS, COMMAND_NAMES, discordUsage, SLASH, spec, type CommandSpec } from '../domain/command-table.ts';
import { ago, personName, problem, reply } from './replies.ts';
import { closest } from './suggest.ts';

/** Usage lines in the grammar the asker's platform takes (Discord: typed options). */
function usageOf(c: CommandSpec, discord: boolean): string[] {
  return discord ? discordUsage(c) : [c.usage];
}

export async function runHelp(ctx: Ctx) {
  const discord = ctx.req.platform === 'discord';
  const topic = ctx.args[0]?.text.toLowerCase();
  if (topic) {
    const name = COMMAND_NAMES.includes(topic) ? topic : closest(topic, COMMAND_NAMES);
    if (!name) return problem(`There's no command "${topic}". Commands: ${COMMAND_NAMES.join(', ')}.`, 'help');
    const c = spec(name);
    const usages = usageOf(c, discord);
    const examples = discord ? (c.discordExamples ?? []) : c.examples;
    return reply(`${SLASH} ${c.name}`, {
      body: [[{ text: c.summary }], ...usages.map((u) => [{ text: u, emphasis: 'code' as const }])],
      sections: examples.length ? [{ heading: 'Examples', lines: examples.map((e) => [{ text: e, emphasis: 'code' as const }]) }] : [],
      fallbackText: [c.summary, ...usages, ...examples].join('\n'),
    });
  }
  const lines = COMMANDS.flatMap((c) =>
    usageOf(c, discord).map((u) => [{ text: u, emphasis: 'code' as const }, { text: ` — ${c.summary}` }]),
  );
  const examples = discord
    ? [`${SLASH} search words:CLETS since:30d`, `${SLASH} show identifier:CT HB 5001`, `${SLASH} subscribe states:CT`]
    : [`${SLASH} search CLETS since:30d`, `${SLASH} show CT HB 5001`, `${SLASH} subscribe state:CT`];
  return reply(`${SLASH} commands`, {
    sections: [{ lines }, { heading: 'Examples', lines: examples.map((e) => [{ text: e, emphasis: 'code' as const }]) }],
    footer: discord ? `Details: ${SLASH} help command:<name>` : `Details: ${SLASH} help <command>`,
    fallbackText: lines.map((l) => l.map((x) => x.text).join('')).join('\n'),
  });
}

export async function runSources(ctx: Ctx) {
  const rows = await ctx.deps.sources();
  if (rows.length === 0)
    return reply('Sources', { body: [[{ text: 'No sources are configured. The operator can add them in the config file.' }]] });
  const sections: RichSection[] = rows.map((r) => {
    const state = !r.enabled
      ? `off — ${r.disabledReason ?? 'disabled in config'}`
      : r.consecutiveFailures > 0
        ? `failing (${r.consecutiveFailures} in a row)`
        : 'running';
    const lines = [[{ text: `${state} · last success ${ago(r.lastSuccessAt, ctx.now)} · ${r.itemsSeen} items seen` }]];
    if (r.lastError) lines.push([{ text: `Last error ${ago(r.lastErrorAt, ctx.now)}: ${r.lastError}` }]);
    if (r.enabled && r.nextPollAt) lines.push([{ text: `Next poll ${ago(r.nextPollAt, ctx.now)}` }]);
    if (r.quota) lines.push([{ text: `Quota: ${r.quota.used}/${r.quota.limit} per ${r.quota.period}` }]);
    if (r.backlog) lines.push([{ text: backlogText(r.backlog, ctx.now) }]);
    return { heading: `${r.name} (${r.id})`, lines };
  });
  const failing = rows.filter((r) => r.enabled && r.consecutiveFailures > 0).length;
  const running = rows.filter((r) => r.enabled).length;
  const summary = `${running} of ${rows.length} running${failing ? `, ${failing} failing` : ''}.`;
  return reply('Sources', {
    context: [summary],
    sections,
    footer: failing ? 'A failing source retries by itself; if it keeps failing, tell the person who runs policywatch.' : undefined,
    fallbackText: [summary, ...sections.map((s) => `${s.heading}: ${s.lines.map((l) => l[0]!.text).join(' | ')}`)].join('\n'),
  });
}

/** 'the last poll (5 min ago) took 5000 of 46000 new items; 41000 follow in the next polls'. */
function backlogText(b: NonNullable<SourceStatusRow['backlog']>, now: Date): string {
  return `Backlog: the last poll (${ago(b.at, now)}) took ${b.taken} of ${b.taken + b.left} new or changed items; the other ${b.left} follow in the next polls`;
}

function triageCounts(labels: Array<{ label: string }>): string {
  const n = (k: string) => labels.filter((l) => l.label === k).length;
  return `${n('relevant')} relevant, ${n('not-relevant')} not relevant, ${n('reviewed')} reviewed`;
}

/** Channels the platform says we can no longer post to (deleted, archived, bot removed). */
function brokenField(subs: Subscription[]) {
  const broken = subs.filter((s) => s.broken);
  if (broken.length === 0) return [];
  const list = broken.map(
    (s) => `${s.channel.platform} ${s.channel.channelId} (${s.broken!.reason} since ${s.broken!.since.slice(0, 10)})`,
  );
  return [{ label: 'Broken channels', value: `${list.join('; ')} — re-invite the bot there and run ${SLASH} subscribe again` }];
}

/** Sources whose last poll left items for the next polls (one response held too many). */
function backlogField(rows: SourceStatusRow[]) {
  const behind = rows.filter((r) => r.enabled && r.backlog);
  if (behind.length === 0) return [];
  const list = behind.map((r) => `${r.id}: last poll took ${r.backlog!.taken}, ${r.backlog!.left} left for the next polls`);
  return [{ label: 'Truncated polls', value: list.join('; ') }];
}

export async function runStatus(ctx: Ctx) {
  const rt = ctx.deps.runtime();
  const [counts, items, subs, recent, rows, labels] = await Promise.all([
    ctx.deps.store.deliveryCounts(),
    ctx.deps.store.countItems(),
    ctx.deps.store.listSubscriptions(),
    ctx.deps.store.listAudit(200),
    ctx.deps.sources(),
    ctx.deps.store.listLabels(ctx.req.workspaceId),
  ]);
  const weekAgo = ctx.now.getTime() - 7 * 86_400_000;
  const thisWorkspace = recent.filter((a) => a.workspaceId === ctx.req.workspaceId);
  const lastWeek = thisWorkspace.filter((a) => Date.parse(a.at) >= weekAgo);
  const failing = rows.filter((r) => r.enabled && r.consecutiveFailures > 0);
  const auditLines = thisWorkspace
    .slice(0, 5)
    .map((a) => [{ text: `${a.at.slice(0, 16).replace('T', ' ')} · ${personName(undefined, a.userId)} · ${a.action}: ${a.detail}` }]);
  const fields = [
    { label: 'Version', value: rt.version },
    {
      label: 'Up since',
      value: `${rt.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC (${ago(rt.startedAt, ctx.now).replace(' ago', '')})`,
    },
    { label: 'Last poll', value: ago(rt.lastPollAt, ctx.now) },
    { label: 'Deliveries', value: `${counts.pending} waiting, ${counts.failed} failed, ${counts.sent} sent` },
    { label: 'Stored items', value: String(items) },
    { label: 'Subscribed channels', value: String(subs.length) },
    { label: 'Triage this week', value: triageCounts(labels.filter((l) => Date.parse(l.at) >= weekAgo)) },
    ...brokenField(subs),
    ...backlogField(rows),
    {
      label: 'Sources',
      value: failing.length
        ? `${failing.length} failing: ${failing.map((r) => r.id).join(', ')}`
        : `${rows.filter((r) => r.enabled).length} running, none failing`,
    },
  ];
  const sections: RichSection[] = [
    {
      heading: `Settings changes here: ${lastWeek.length} in the last 7 days`,
      lines: auditLines.length ? auditLines : [[{ text: 'None yet.' }]],
    },
  ];
  return reply('policywatch status', {
    fields,
    sections,
    footer: failing.length ? `Details: ${SLASH} sources` : undefined,
    fallbackText: [...fields.map((f) => `${f.label}: ${f.value}`), `Changes in the last 7 days: ${lastWeek.length}`].join('\n'),
  });
}
