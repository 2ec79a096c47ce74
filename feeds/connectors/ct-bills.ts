/**
 * Connecticut General Assembly bills without a key: the CGA's own `bill_info.csv` (one row per
 * bill of the current session; see README.md beside this file), read with csv-parse.
 *
 * params: { url? (the HTTPS copy of ftp://ftp.cga.ct.gov/pub/data/bill_info.csv), year?, maxBytes? }
 * Identity: session year + bill number ('2027:HB05001'). Version: title and statement of
 * purpose. Conditional GET: the whole file is fetched again only when it changed.
 */
import { parse } from 'csv-parse/sync';
import type { FetchContext, FetchOutcome, Item, SourceConnector } from '../../src/domain/index.ts';
import { buildItem } from './build-item.ts';
import { isoDate } from './dates.ts';
import { failed, fromHttpFailure } from './failures.ts';
import { numParam, strParam } from './params.ts';
import { stringValue, truncate } from './values.ts';

const CT_BILL_INFO_URL = 'https://www.cga.ct.gov/ftp/pub/data/bill_info.csv';

/** 'HB05001' → 'HB 5001'. */
export function ctBillNumber(raw: string): string {
  const m = /^([A-Z]+)0*(\d+)$/.exec(raw.trim().toUpperCase());
  return m ? `${m[1]} ${m[2]}` : raw.trim();
}

export const ctBillsConnector: SourceConnector = {
  type: 'ct-bills',
  description: "Connecticut General Assembly bills from the CGA's own bill_info.csv (no key); conditional GET.",
  async fetch(ctx: FetchContext): Promise<FetchOutcome> {
    const { params } = ctx.source;
    const url = strParam(params, 'url') ?? CT_BILL_INFO_URL;
    const maxBytes = numParam(params, 'maxBytes', 20_971_520, 65_536, 52_428_800);
    const res = await ctx.http.request(url, {
      etag: ctx.state.etag,
      lastModified: ctx.state.lastModified,
      headers: { accept: 'text/csv, text/plain;q=0.9, */*;q=0.5' },
      maxBytes,
    });
    if (res.status === 'not-modified') return { status: 'not-modified', state: { etag: res.etag, lastModified: res.lastModified } };
    if (res.status === 'failed') return fromHttpFailure(res, `CGA bill_info.csv`);
    let rows: Array<Record<string, string>>;
    try {
      rows = parse(res.body, {
        columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
        skip_empty_lines: true,
        relax_column_count: true,
        trim: true,
        bom: true,
      });
    } catch (err) {
      return failed('parse', `CGA bill_info.csv: not CSV (${(err as Error).message.split('\n')[0]})`);
    }
    if (rows.length && !('bill_num' in rows[0]!)) return failed('parse', 'CGA bill_info.csv: no bill_num column (has the file changed?)');
    const years = rows.map((r) => Number(r.sess_year)).filter((y) => Number.isFinite(y));
    const year = numParam(params, 'year', years.length ? Math.max(...years) : ctx.now.getUTCFullYear(), 1990, 2100);
    const items: Item[] = [];
    for (const r of rows) {
      if (Number(r.sess_year) !== year || !r.bill_num) continue;
      const number = ctBillNumber(r.bill_num);
      const plainNum = number.replace(/^[A-Z]+ /, '');
      const title = stringValue(r.bill_title);
      const purpose = stringValue(r.stmt_purp);
      items.push(
        buildItem(
          ctx.source.id,
          `${year}:${r.bill_num.trim().toUpperCase()}`,
          {
            kind: 'bill',
            jurisdiction: 'CT',
            identifier: number,
            title: `${number}${title ? ` - ${title}` : ''}`,
            summary: purpose ? truncate(purpose, 2000) : undefined,
            url: `https://www.cga.ct.gov/asp/cgabillstatus/cgabillstatus.asp?selBillType=Bill&which_year=${year}&bill_num=${plainNum}`,
            publishedAt: isoDate(r.filed_date),
          },
          [purpose],
        ),
      );
    }
    return { status: 'ok', items, state: { etag: res.etag, lastModified: res.lastModified } };
  },
};
