import { describe, expect, it } from 'vitest';
import { parseRule } from '../../src/matching/rule-parser.ts';
import { compileWatchlist, defaultWatchlist, type Watchlist } from '../../src/matching/index.ts';
import { countOperations } from '../helpers/op-count.ts';

/** A one-topic watchlist for focused behaviour checks. */
function one(include: string[], exclude: string[] = []) {
  const m = compileWatchlist({ topics: [{ id: 't', label: 'T', include, exclude }] });
  return (title: string, summary?: string) => m.match({ title, summary });
}

describe('word boundaries and case', () => {
  it('matches whole words only, case-insensitively by default', () => {
    const m = one(['detention']);
    expect(m('Immigration DETENTION standards')).not.toBeNull();
    expect(m('Detentions and holds')).not.toBeNull();
    expect(m('Predetention screening')).toBeNull();
    expect(m('detentionary')).toBeNull();
  });

  it('treats =WORD as case-sensitive and exact: lowercase ice is ice', () => {
    const m = one(['=ICE']);
    expect(m('Contract with ICE for bed space')?.terms).toEqual(['ICE']);
    expect(m('ICE’s request for records')).not.toBeNull();
    expect(m('Ice storm relief')).toBeNull();
    expect(m('ice machines')).toBeNull();
    expect(m('NICE grant')).toBeNull();
  });

  it('does not trust capitals in an all-caps segment, but still matches the other fields', () => {
    const m = one(['=ICE']);
    expect(m('AN ACT CONCERNING ICE STORM RELIEF FOR TOWNS')).toBeNull();
    expect(m('AN ACT CONCERNING DETENTION CONTRACTS', 'Ends agreements with ICE.')).not.toBeNull();
  });

  it('judges capitals sentence by sentence: a caps preamble shouts, the ordinary sentence after it does not', () => {
    const m = one(['=ICE']);
    expect(m('Rink repairs', 'A RESOLUTION APPROVING REPAIRS AT THE ASPEN ICE GARDEN. Whereas the city owns the rink.')).toBeNull();
    expect(m('Jail contract', 'A RESOLUTION ON THE COUNTY JAIL. The sheriff ends the agreement with ICE.')).not.toBeNull();
  });

  it('counts the letters of every script when it judges capitals: ICE inside Korean or Arabic text is not shouted', () => {
    const m = one(['=ICE']);
    // Hangul and Arabic have no capitals: the only Latin letters in these texts are "ICE", which is not a shout.
    expect(
      m('이민 단속', '연방 이민세관단속국(ICE)이 전과자를 체포했다. ICE는 단속을 강화했다. ICE 요원이 체포했다. ICE 발표.'),
    ).not.toBeNull();
    expect(m('حملة', 'اعتقلت شرطة الهجرة (ICE) 67 شخصاً. قالت ICE إن الحملة مستمرة، وإن ICE ستواصل. بيان ICE.')).not.toBeNull();
    // Cyrillic capitals are capitals: a shouted Russian headline with ICE in it still shouts.
    expect(m('ЛЕДОВАЯ АРЕНА ICE ОТКРЫЛАСЬ ПОСЛЕ РЕМОНТА')).toBeNull();
  });

  it('folds a rule written with accents or combining marks the way it folds the text', () => {
    // The text is read with diacritics and combining marks dropped; a rule term is folded alike, so it matches as written.
    expect(one(['déportation'])('La deportation des etrangers')?.terms).toEqual(['deportation']);
    expect(one(['udsendelse'])('Udsendelse af afviste asylansøgere')).not.toBeNull();
    expect(one(['불법체류*'])('불법체류자 단속')?.terms).toEqual(['불법체류자']);
    expect(one(['डिपोर्ट*'])('US से डिपोर्ट हुए 104 भारतीय')?.terms).toEqual(['डिपोर्ट']);
  });

  it('matches a Chinese or Japanese term inside a run of characters, and counts NEAR in characters there', () => {
    const m = one(['入管 NEAR/5 収容']);
    expect(m('入管による収容とは何か')?.terms).toEqual(['入管', '収容']);
    expect(one(['入管'])('出入管理')).not.toBeNull();
    expect(m('入管の説明はここまでで、次の章では収容について')).toBeNull();
  });

  it('matches a Thai phrase longer than eight letters inside a run of Thai text, tone marks and vowel signs folded', () => {
    const m = one(['"พระราชบัญญัติคนเข้าเมือง"']);
    expect(m('ตำรวจจับกุมแรงงานต่างด้าวผิดพระราชบัญญัติคนเข้าเมืองหลายราย')).not.toBeNull();
    expect(m('พระราชบัญญัติจราจรทางบก')).toBeNull();
  });

  it('matches phrases word by word across punctuation, but not across fields', () => {
    const m = one(['"license plate reader"', '"287(g)"']);
    expect(m('Automated license-plate reader data')).not.toBeNull();
    expect(m('Section 287(g) agreements')).not.toBeNull();
    expect(m('Plates for the license', 'plate reader')).toBeNull();
    expect(m('Issuance of a license', 'Plate reader rules')).toBeNull();
  });

  it('does not run a phrase across the end of a sentence, but does across an abbreviation', () => {
    const m = one(['"crime information"', '"U.S. immigration"']);
    expect(m('They must be investigating a crime. Information may not be released.')).toBeNull();
    expect(m('A crime information system')).not.toBeNull();
    expect(m('Agents of the U.S. Immigration service')).not.toBeNull();
  });
});

describe('inflections and prefixes', () => {
  it('folds simple plurals on both sides', () => {
    const m = one(['detainer', '"fusion centers"', 'agency']);
    expect(m('Immigration detainers')).not.toBeNull();
    expect(m('A fusion center audit')).not.toBeNull();
    expect(m('Agencies may not')).not.toBeNull();
  });

  it('does not stem beyond plurals: deport needs deport* to reach deportation', () => {
    expect(one(['deport'])('Deportation defense')).toBeNull();
    expect(one(['deport*'])('Deportation defense')).not.toBeNull();
    expect(one(['deport*'])('persons deported last year')).not.toBeNull();
    expect(one(['status'])('statu')).toBeNull();
  });
});

describe('operators', () => {
  it('AND needs every side, OR any side', () => {
    const and = one(['detention AND contract']);
    expect(and('Detention contract')).not.toBeNull();
    expect(and('Detention standards')).toBeNull();
    const or = one(['detainer OR "hold request"']);
    expect(or('ICE hold request')).not.toBeNull();
  });

  it('NOT vetoes, and a NOT b reads as a AND NOT b', () => {
    const m = one(['sanctuary NOT (wildlife OR marine)']);
    expect(m('Sanctuary policies')).not.toBeNull();
    expect(m('Wildlife sanctuary designation')).toBeNull();
  });

  it('NEAR/n matches within n words in either order', () => {
    const m = one(['data NEAR/3 (=ICE OR immigration)']);
    expect(m('sharing data with ICE')).not.toBeNull();
    expect(m('ICE may request data')).not.toBeNull();
    expect(m('data about residents of the state and their ICE contacts')).toBeNull();
    expect(one(['a NEAR/1 b'])('a b')).not.toBeNull();
    expect(one(['a NEAR/1 b'])('a x b')).toBeNull();
  });

  it('the issue example: "data" NEAR/10 ("ICE" OR immigration)', () => {
    const m = one(['"data" NEAR/10 ("ICE" OR immigration)']);
    expect(m('Limits on sharing state data with federal immigration authorities')?.terms).toEqual(['data', 'immigration']);
  });
});

describe('exclusions', () => {
  it('hide the words they match from the topic, so other hits still count', () => {
    const m = one(['=ICE', 'detention'], ['"snow and ICE"', '"detention basin"']);
    expect(m('Snow and ICE removal')).toBeNull();
    expect(m('Stormwater detention basin')).toBeNull();
    const both = m('Snow and ICE removal', 'Also covers ICE detention transport');
    expect(both?.terms).toEqual(['ICE', 'detention']);
  });

  it('exclusion rules with NEAR hide both sides', () => {
    const m = one(['=ICE'], ['"Intercontinental Exchange" NEAR/8 =ICE']);
    expect(m('NYSE, a subsidiary of Intercontinental Exchange, Inc. (ICE)')).toBeNull();
  });

  it('NOT still sees words an exclusion hid', () => {
    const m = one(['=ICE NOT "internal combustion"'], ['"internal combustion" NEAR/4 =ICE']);
    expect(m('ICE Act', 'Replacement of internal combustion engine (ICE) vehicles')).toBeNull();
  });
});

describe('snippets and highlights', () => {
  it('returns ≤ 200 characters around the first hit with every hit marked', () => {
    const filler = 'The committee heard testimony on many unrelated matters of public concern. '.repeat(6);
    const m = one(['detainer', '=ICE']);
    const r = m(`${filler}It ends ICE detainer requests in county jails. ${filler}`)!;
    expect(r.snippet.length).toBeLessThanOrEqual(200);
    expect(r.snippet.startsWith('…') && r.snippet.endsWith('…')).toBe(true);
    const marked = r.highlights.map(([s, e]) => r.snippet.slice(s, e));
    expect(marked).toEqual(['ICE', 'detainer']);
  });

  it('starts at the beginning when the hit is early, and marks hits in later fields', () => {
    const m = one(['"fusion center"']);
    const r = m('Fusion center oversight', 'Audits of the state fusion centers.')!;
    expect(r.snippet).toBe('Fusion center oversight — Audits of the state fusion centers.');
    expect(r.highlights.map(([s, e]) => r.snippet.slice(s, e))).toEqual(['Fusion center', 'fusion centers']);
  });

  it('marks punctuation a term spells out: 287(g) ends after ")", U.S. after "."', () => {
    const m = one(['"287(g)"', '"U.S. national*"', '"(h)(1)"']);
    const r = m('Ends 287(g) agreements for non-U.S. nationals under section (h)(1).')!;
    expect(r.highlights.map(([s, e]) => r.snippet.slice(s, e))).toEqual(['287(g)', 'U.S. nationals', '(h)(1)']);
    expect(r.terms).toEqual(['287(g)', 'U.S. nationals', '(h)(1)']);
    // Not widened when the text lacks the punctuation.
    const bare = m('the 287 g program')!;
    expect(bare.highlights.map(([s, e]) => bare.snippet.slice(s, e))).toEqual(['287 g']);
  });

  it('maps highlights back to the text as written: accents, hyphens, HTML entities, possessives', () => {
    const m = one(['"license plate reader"', '"proteccion de datos"', 'DMV', '=ICE']);
    const r = m('<p>Ley de Protecci&oacute;n de Datos &amp; <b>license-plate</b> reader data</p>', 'ICE’s access to the DMV’s records')!;
    expect(r.snippet).toBe('Ley de Protección de Datos & license-plate reader data — ICE’s access to the DMV’s records');
    expect(r.highlights.map(([s, e]) => r.snippet.slice(s, e))).toEqual(['Protección de Datos', 'license-plate reader', 'ICE', 'DMV']);
    expect(r.terms).toEqual(['Protección de Datos', 'license-plate reader', 'ICE', 'DMV']);
    const decomposed = one(['jose'])('Jose\u0301 Garci\u0301a')!;
    expect(decomposed.highlights.map(([s, e]) => decomposed.snippet.slice(s, e))).toEqual(['Jose\u0301']);
  });
});

describe('matched terms', () => {
  it('are the words as the item writes them, in order of first appearance, once each (case and plurals ignored)', () => {
    const w: Watchlist = {
      topics: [{ id: 'x', label: 'X', include: ['deport*', '"removal proceedings"', 'calgang', 'databas*'], exclude: [] }],
    };
    const r = compileWatchlist(w).match({
      title: 'Removal proceedings and deportation; deported persons',
      summary: 'CalGang database, calgang databases',
    });
    expect(r?.terms).toEqual(['Removal proceedings', 'deportation', 'deported', 'CalGang', 'database']);
  });

  it('prefer the longest phrase over its words, and join touching hits of one rule into a phrase', () => {
    const m = one(['"DMV records"', 'DMV NEAR/8 record*', 'immigra* NEAR/2 authorit*', 'criminal NEAR/1 arrest*', '"arrest records"']);
    const r = m('DMV records for immigration authorities', 'Criminal Arrest Records; DMV files and records')!;
    expect(r.terms).toEqual(['DMV records', 'immigration authorities', 'Criminal Arrest Records']);
  });

  it('keep a word written with vowel signs beside a longer word it is the start of (Bengali "tenant" and "tenants\'")', () => {
    const m = one(['"ভাড়াটিয়া"', '"ভাড়াটিয়াদের"']);
    const r = m('ভাড়াটিয়া পরিচয়পত্র', 'এগুলো পর্যালোচনা শেষে ভাড়াটিয়াদের আইডি কার্ড দেয়া হবে।')!;
    expect(r.terms).toEqual(['ভাড়াটিয়া', 'ভাড়াটিয়াদের']);
  });

  it('come only from rules that fired: a side of an AND or NEAR that did not fire is not listed', () => {
    const m = one(['data NEAR/2 =ICE', 'detainer AND warrant', 'deport*']);
    const r = m('Deportation data', 'Far away from the data the agency named ICE holds; no detainer here')!;
    expect(r.terms).toEqual(['Deportation']);
  });

  it('list at most 8', () => {
    const m = one(['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet']);
    expect(m('Alpha bravo charlie delta echo foxtrot golf hotel india juliet')?.terms).toEqual([
      'Alpha',
      'bravo',
      'charlie',
      'delta',
      'echo',
      'foxtrot',
      'golf',
      'hotel',
    ]);
  });
});

describe('agency and identifier are context', () => {
  const w: Watchlist = {
    topics: [
      {
        id: 't',
        label: 'T',
        include: [
          '"Immigration and Customs Enforcement"',
          '70cdcr*',
          '("Immigration and Customs Enforcement" OR 70cdcr*) AND ("detention services" OR justification)',
          'detention NEAR/6 immigra*',
        ],
        exclude: [],
      },
    ],
  };
  const m = compileWatchlist(w);
  const agency = 'U.S. Immigration and Customs Enforcement';

  it('never match alone', () => {
    expect(m.match({ title: 'Snow removal services, field office parking lot', agency, identifier: '70CDCR26P00000311' })).toBeNull();
  });

  it('support a content term, and are then listed among the terms', () => {
    const r = m.match({ title: 'Limited source justification - bridge contract', agency, identifier: '70CDCR26P00000312' });
    expect(r?.topics).toEqual(['t']);
    expect(r?.terms).toEqual(['justification', 'Immigration and Customs Enforcement', '70CDCR26P00000312']);
  });

  it('still count in the title or summary', () => {
    expect(m.match({ title: 'Oversight of Immigration and Customs Enforcement' })?.topics).toEqual(['t']);
  });

  it('NEAR does not pair a title word with an agency word', () => {
    expect(m.match({ title: 'Kitchen equipment, detention facility', agency: 'US IMMIGRATION AND CUSTOMS ENFORCEMENT' })).toBeNull();
    expect(m.match({ title: 'Detention of immigrants' })?.topics).toEqual(['t']);
  });
});

describe('robustness', () => {
  it('skips an invalid rule and reports it instead of throwing', () => {
    const m = compileWatchlist({ topics: [{ id: 'x', label: 'X', include: ['"unclosed', 'detainer'], exclude: [] }] });
    expect(m.problems[0]).toContain('topic x, include rule "\\"unclosed"');
    expect(m.match({ title: 'detainer' })?.topics).toEqual(['x']);
  });

  it('does work linear in the text: twice the text, about twice the operations', () => {
    const m = compileWatchlist(defaultWatchlist());
    const long = (copies: number) => ({ title: 'Long', summary: 'data ICE immigration detention removal sanctuary '.repeat(copies) });
    let r: ReturnType<typeof m.match> = null;
    const n = countOperations(() => (r = m.match(long(200))));
    const twice = countOperations(() => m.match(long(400)));
    expect(r!.topics).toContain('immigration-enforcement');
    expect(r!.snippet.length).toBeLessThanOrEqual(200);
    // Linear work doubles (≈ 2); anything quadratic in hits or tokens would quadruple.
    expect(n).toBeGreaterThan(200);
    expect(twice / n).toBeLessThan(2.5);
  });
});

describe('field-scoped terms (office:, contractor:, place:, agency:)', () => {
  const watch = (rule: string, exclude: string[] = []) => compileWatchlist({ topics: [{ id: 't', label: 'T', include: [rule], exclude }] });
  const award = {
    title: 'Transportation Services',
    summary: 'Transportation Services. Recipient: Trailboss Enterprises.',
    agency: 'U.S. Immigration and Customs Enforcement',
    office: 'Detention Compliance and Removals',
    contractor: 'Trailboss Enterprises',
  };

  it('match only inside their field, and a hit there decides on its own; the term says which field', () => {
    const m = watch('office:"Detention Compliance"').match(award);
    expect(m?.topics).toEqual(['t']);
    expect(m?.terms).toEqual(['office: Detention Compliance']);
    expect(m?.snippet).toContain('Detention Compliance');
    expect(watch('office:"Detention Compliance"').match({ title: 'Detention Compliance and Removals report' })).toBeNull();
    expect(watch('contractor:Trailboss').match(award)?.terms).toEqual(['contractor: Trailboss']);
  });

  it('an unscoped term in the office line is context only, as the agency line is', () => {
    expect(watch('"Detention Compliance"').match(award)).toBeNull();
    expect(watch('"Detention Compliance" AND transportation').match(award)?.terms).toEqual([
      'Transportation',
      'office: Detention Compliance',
    ]);
  });

  it('combine with the other operators, and exclusions still hide words', () => {
    expect(watch('office:"Detention Compliance" NOT furniture').match({ ...award, title: 'Office furniture' })).toBeNull();
    expect(watch('office:=ERO').match({ title: 'Guard services', office: 'ERO Chicago' })?.terms).toEqual(['office: ERO']);
    expect(watch('office:=ERO').match({ title: 'Guard services', office: 'ero chicago' })).toBeNull();
  });

  it('are validated: a scope needs a term after it', () => {
    expect(parseRule('office:').ok).toBe(false);
    expect(parseRule('office: "x"').ok).toBe(false);
    expect(parseRule('office:"Detention Management" OR contractor:Akima*').ok).toBe(true);
  });
});
