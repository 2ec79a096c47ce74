/**
 * Legistar Web API (Granicus): the legislation ("matters") and meeting agendas that hundreds of
 * city councils and county boards publish at webapi.legistar.com, most without a key. See
 * README.md beside this file for the shapes.
 *
 * params: {
 *   client         Legistar client name ('seattle', 'cook-county'); required
 *   jurisdiction   'Seattle, WA': the city or county, with its state after a comma (required)
 *   baseUrl?       'https://webapi.legistar.com/v1'
 *   pageSize?      matters a request (default 100, ≤ 1000, the API's own cap)
 *   maxPages?      matter pages a poll (default 3)
 *   maxEvents?     meetings whose agenda items are read a poll (default 4; 0 turns agendas off)
 *   lookbackDays?  how far back the first poll reaches (default 30)
 *   token?         for the few clients that require one (New York City)
 * }
 *
 * Matters are paged oldest-change first with `$filter=MatterLastModifiedUtc gt datetime'…'`,
 * `$orderby`, `$top` and `$skip`; the cursor keeps the last change seen, so a poll that stops at
 * maxPages resumes where it stopped. Agenda items come from `/events/{id}/eventitems` with
 * `AgendaNote=1&Attachments=1`, which carries each item's matter attachments' names inline.
 * Cursor: `matters` and `events` (ISO, the newest LastModifiedUtc seen).
 */
import type { FetchContext, FetchOutcome, Item, SourceConnector } from '../../src/domain/index.ts';
import { buildItem } from './build-item.ts';
import { deadlineOf } from './dates.ts';
import { configFailure, type Failed } from './failures.ts';
import { fetchJson } from './json-api.ts';
import { baseUrlParam, numParam, strParam } from './params.ts';
import { isRecord, stringValue, truncate } from './values.ts';

const LEGISTAR_BASE = 'https://webapi.legistar.com/v1';
const DAY_MS = 86_400_000;
/** The next poll asks again from a little before the newest change seen (clock skew, slow indexing). */
const OVERLAP_MS = 5 * 60_000;

/** Legistar times are UTC without a zone ('2017-07-31T23:46:47.397'); dates are midnight local. */
export function legistarTime(v: unknown): string | undefined {
  const s = stringValue(v);
  if (!s) return undefined;
  const t = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(s) ? s : `${s}Z`);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** OData datetime literal: 'YYYY-MM-DDTHH:MM:SS' (UTC, no zone, no fraction). */
function odataTime(iso: string): string {
  return iso.slice(0, 19);
}

function listOf(data: unknown): unknown[] | undefined {
  return Array.isArray(data) ? data : undefined;
}

interface Ctx {
  ctx: FetchContext;
  base: string;
  client: string;
  jurisdiction: string;
  token?: string;
}

function apiUrl(c: Ctx, path: string, query: Array<[string, string]>): string {
  const q = [...query, ...(c.token ? ([['token', c.token]] as Array<[string, string]>) : [])];
  const qs = q.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%24/g, '$').replace(/%2C/g, ',')}`).join('&');
  return `${c.base}/${encodeURIComponent(c.client)}${path}${qs ? `?${qs}` : ''}`;
}

async function getList(c: Ctx, url: string, what: string): Promise<unknown[] | Failed> {
  const res = await fetchJson(c.ctx.http, url, {}, `Legistar ${c.client} ${what}`);
  if (!res.ok) {
    if (res.httpStatus === 403 || res.httpStatus === 401) {
      return {
        ...res.failure,
        reason: 'config',
        message: `Legistar ${c.client} ${what}: the API refused access (HTTP ${res.httpStatus}); this client may need params.token`,
      };
    }
    return res.failure;
  }
  const list = listOf(res.data);
  if (!list) return { status: 'failed', reason: 'parse', message: `Legistar ${c.client} ${what}: expected a JSON array` };
  return list;
}

/** The public page of a matter on the client's Legistar site. */
function matterPage(client: string, id: number | string, guid?: string): string {
  return `https://${client}.legistar.com/LegislationDetail.aspx?ID=${id}${guid ? `&GUID=${guid}` : ''}`;
}

function matterItem(c: Ctx, m: Record<string, unknown>): Item | undefined {
  const id = typeof m.MatterId === 'number' ? m.MatterId : undefined;
  if (id === undefined) return undefined;
  const file = stringValue(m.MatterFile);
  const name = stringValue(m.MatterName);
  const title = stringValue(m.MatterTitle);
  const type = stringValue(m.MatterTypeName);
  const status = stringValue(m.MatterStatusName);
  const body = stringValue(m.MatterBodyName);
  const heading = truncate(name ?? title ?? file ?? `Matter ${id}`, 300);
  const summary = [title && title !== heading ? title : undefined, type ? `Type: ${type}.` : undefined, body ? `Body: ${body}.` : undefined]
    .filter(Boolean)
    .join(' ');
  return buildItem(
    c.ctx.source.id,
    `matter:${id}`,
    {
      kind: 'bill',
      jurisdiction: c.jurisdiction,
      identifier: file,
      title: file && !heading.startsWith(file) ? `${file} ${heading}` : heading,
      summary: summary ? truncate(summary, 2000) : undefined,
      url: matterPage(c.client, id, stringValue(m.MatterGuid)),
      agency: body,
      status,
      publishedAt: legistarTime(m.MatterIntroDate) ?? legistarTime(m.MatterLastModifiedUtc),
      updatedAt: legistarTime(m.MatterLastModifiedUtc),
    },
    [type, body, stringValue(m.MatterPassedDate), stringValue(m.MatterEnactmentNumber)],
  );
}

function agendaItem(c: Ctx, e: Record<string, unknown>, it: Record<string, unknown>): Item | undefined {
  const id = typeof it.EventItemId === 'number' ? it.EventItemId : undefined;
  const title = stringValue(it.EventItemTitle) ?? stringValue(it.EventItemMatterName);
  if (id === undefined || !title) return undefined;
  const attachments = (Array.isArray(it.EventItemMatterAttachments) ? it.EventItemMatterAttachments : [])
    .filter(isRecord)
    .map((a) => stringValue(a.MatterAttachmentName))
    .filter((n): n is string => !!n);
  const body = stringValue(e.EventBodyName);
  const date = legistarTime(e.EventDate)?.slice(0, 10);
  const action = [stringValue(it.EventItemActionName), stringValue(it.EventItemPassedFlagName)].filter(Boolean).join(': ');
  const matterType = stringValue(it.EventItemMatterType);
  const summary = [
    `${body ?? 'Meeting'}${date ? ` on ${date}` : ''}${stringValue(it.EventItemAgendaNumber) ? `, item ${stringValue(it.EventItemAgendaNumber)}` : ''}.`,
    matterType ? `Type: ${matterType}.` : undefined,
    stringValue(it.EventItemAgendaNote),
    attachments.length ? `Attachments: ${attachments.join('; ')}.` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const matterId = typeof it.EventItemMatterId === 'number' ? it.EventItemMatterId : undefined;
  const item = buildItem(
    c.ctx.source.id,
    `eventitem:${id}`,
    {
      kind: 'notice',
      jurisdiction: c.jurisdiction,
      identifier: stringValue(it.EventItemMatterFile),
      title: truncate(title, 300),
      summary: truncate(summary, 2000),
      url:
        matterId !== undefined
          ? matterPage(c.client, matterId, stringValue(it.EventItemMatterGuid))
          : (stringValue(e.EventInSiteURL) ?? `https://${c.client}.legistar.com/Calendar.aspx`),
      agency: body,
      status: action || stringValue(it.EventItemMatterStatus),
      publishedAt: legistarTime(e.EventDate),
      updatedAt: legistarTime(it.EventItemLastModifiedUtc),
      // The meeting that takes the item up: a hearing people can attend or speak at.
      deadlines: [deadlineOf('hearing', date)].filter((d) => d !== undefined),
    },
    [attachments.join('|'), stringValue(it.EventItemMatterStatus)],
  );
  return item;
}

function newest(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

export const legistarConnector: SourceConnector = {
  type: 'legistar',
  description: "Legistar Web API: a city council or county board's matters and agenda items (type, status, body, attachment names).",
  async fetch(ctx: FetchContext): Promise<FetchOutcome> {
    const { params } = ctx.source;
    const client = strParam(params, 'client');
    if (!client || !/^[a-z0-9-]+$/i.test(client))
      return configFailure(`source ${ctx.source.id}: params.client is required (the Legistar client name, e.g. "seattle")`);
    const jurisdiction = strParam(params, 'jurisdiction');
    if (!jurisdiction)
      return configFailure(`source ${ctx.source.id}: params.jurisdiction is required (the city or county, e.g. "Seattle, WA")`);
    const c: Ctx = {
      ctx,
      base: baseUrlParam(params, LEGISTAR_BASE),
      client: client.toLowerCase(),
      jurisdiction,
      token: strParam(params, 'token'),
    };
    const pageSize = numParam(params, 'pageSize', 100, 1, 1000);
    const maxPages = numParam(params, 'maxPages', 3, 1, 20);
    const maxEvents = numParam(params, 'maxEvents', 4, 0, 20);
    const lookbackDays = numParam(params, 'lookbackDays', 30, 1, 365);
    const cursor = ctx.state.cursor ?? {};
    const start = new Date(ctx.now.getTime() - lookbackDays * DAY_MS).toISOString();
    const items: Item[] = [];

    // Matters, oldest change first, resuming after the newest change already seen.
    const mattersSince = cursor.matters ?? start;
    let mattersSeen: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const url = apiUrl(c, '/matters', [
        ['$filter', `MatterLastModifiedUtc gt datetime'${odataTime(mattersSince)}'`],
        ['$orderby', 'MatterLastModifiedUtc'],
        ['$top', String(pageSize)],
        ['$skip', String(page * pageSize)],
      ]);
      const list = await getList(c, url, 'matters');
      if (!Array.isArray(list)) return { ...list, state: {} };
      for (const m of list.filter(isRecord)) {
        const item = matterItem(c, m);
        if (item) items.push(item);
        mattersSeen = newest(mattersSeen, legistarTime(m.MatterLastModifiedUtc));
      }
      if (list.length < pageSize) break;
      if (page + 1 === maxPages) ctx.log.info({ source: ctx.source.id }, 'more matters than maxPages; the rest follow next poll');
    }

    // Agenda items of the meetings changed since the last poll (a few a poll).
    const eventsSince = cursor.events ?? start;
    let eventsSeen: string | undefined;
    if (maxEvents > 0) {
      const url = apiUrl(c, '/events', [
        ['$filter', `EventLastModifiedUtc gt datetime'${odataTime(eventsSince)}'`],
        ['$orderby', 'EventLastModifiedUtc'],
        ['$top', String(maxEvents)],
      ]);
      const events = await getList(c, url, 'events');
      if (!Array.isArray(events)) {
        // Some clients refuse /events (agenda status not public): keep the matters.
        ctx.log.warn({ source: ctx.source.id }, `agenda items skipped: ${events.message}`);
      } else {
        for (const e of events.filter(isRecord)) {
          const id = typeof e.EventId === 'number' ? e.EventId : undefined;
          if (id === undefined) continue;
          const list = await getList(
            c,
            apiUrl(c, `/events/${id}/eventitems`, [
              ['AgendaNote', '1'],
              ['Attachments', '1'],
            ]),
            `event ${id} items`,
          );
          if (!Array.isArray(list)) {
            ctx.log.warn({ source: ctx.source.id, event: id }, `agenda items not read: ${list.message}`);
            break; // try this meeting again next poll
          }
          for (const it of list.filter(isRecord)) {
            const item = agendaItem(c, e, it);
            if (item) items.push(item);
          }
          eventsSeen = newest(eventsSeen, legistarTime(e.EventLastModifiedUtc));
        }
      }
    }

    const back = (iso: string | undefined, prev: string) =>
      iso ? new Date(Math.max(Date.parse(prev), Date.parse(iso) - OVERLAP_MS)).toISOString() : prev;
    const next: Record<string, string> = { matters: back(mattersSeen, mattersSince), events: back(eventsSeen, eventsSince) };
    return { status: 'ok', items, state: { cursor: next } };
  },
};
