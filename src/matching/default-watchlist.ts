/**
 * The default watchlist (topic definitions: src/matching/README.md). Rule syntax: rule-parser.ts / README.md.
 * Precision first: an acronym that is also an English word is case-sensitive (=ICE, =COLLECT),
 * generic words (detention, removal, sanctuary, detainer, sole source) only count next to the
 * words that make them about this subject, and exclusions hide known look-alikes.
 * Vocabulary and guards come from the real-text dev split (tests/fixtures/labelled-real/dev.jsonl)
 * and the synthetic set, never from the held-out split. The rules live in default-watchlist/:
 * terms.ts (shared pieces), immigration.ts and databases.ts (one topic each; US records reaching immigration enforcement,
 * from the forty-seventh collection on, in immigration-records.ts; the thirty-eighth collection's
 * immigration-enforcement guards in immigration-guards.ts, the state-databases guards in
 * databases-guards.ts, records accessed or handed over in everyday words in databases-sharing.ts, records of courts, jails, prisons and
 * probation in databases-corrections.ts), abroad.ts (English-language records from
 * outside the US), spanish.ts (Spanish-language
 * vocabulary for both), other-languages.ts (French, Italian, Portuguese, German and Dutch; new Portuguese rules from the
 * forty-eighth collection on in portuguese.ts, new French, Italian, German and Dutch ones from the forty-ninth in
 * western-european-languages.ts),
 * northern-central-europe.ts (Nordic, Central and South-East European and Cyrillic languages; new ones from the fiftieth
 * collection on in central-eastern-european-languages.ts), asian-languages.ts
 * (East, South-East and South Asian languages), middle-east-languages.ts (Turkish, Arabic, Persian and Hebrew),
 * african-languages.ts (records from Africa in Portuguese, French, Hausa and Swahili); rules both topics read are named
 * once in both-topics.ts (from the fortieth collection on) or terms.ts; word families spelled out where a prefix would
 * over-read (the sharing words) in words.ts.
 */
import { TOPIC_DATABASES, TOPIC_IMMIGRATION } from '../domain/index.ts';
import type { Watchlist } from './watchlist.ts';
import { databasesInclude } from './default-watchlist/databases.ts';
import { databasesSharing } from './default-watchlist/databases-sharing.ts';
import { databasesCorrections } from './default-watchlist/databases-corrections.ts';
import { databasesAbroad, immigrationAbroad } from './default-watchlist/abroad.ts';
import { databasesExclude } from './default-watchlist/databases-guards.ts';
import { immigrationExclude, immigrationInclude } from './default-watchlist/immigration.ts';
import { immigrationGuards } from './default-watchlist/immigration-guards.ts';
import { immigrationRecordsHandedOver } from './default-watchlist/immigration-records.ts';
import { BOTH_TOPICS_BY_COLLECTION } from './default-watchlist/both-topics.ts';
import { databasesWesternEuropean, immigrationWesternEuropean } from './default-watchlist/western-european-languages.ts';
import { databasesPortuguese, immigrationPortuguese } from './default-watchlist/portuguese.ts';
import { databasesSpanish, databasesSpanishExclude, immigrationSpanish, immigrationSpanishExclude } from './default-watchlist/spanish.ts';
import { databasesOtherLanguages, databasesOtherLanguagesExclude, immigrationOtherLanguages } from './default-watchlist/other-languages.ts';
import { databasesAsianLanguages, immigrationAsianLanguages } from './default-watchlist/asian-languages.ts';
import { databasesMiddleEastLanguages, immigrationMiddleEastLanguages } from './default-watchlist/middle-east-languages.ts';
import {
  databasesNorthernCentralEurope,
  databasesNorthernCentralEuropeExclude,
  immigrationNorthernCentralEurope,
} from './default-watchlist/northern-central-europe.ts';
import { databasesAfricanLanguages, immigrationAfricanLanguages } from './default-watchlist/african-languages.ts';
import { databasesCentralEastern, immigrationCentralEastern } from './default-watchlist/central-eastern-european-languages.ts';

export function defaultWatchlist(): Watchlist {
  const w: Watchlist = {
    topics: [
      {
        id: TOPIC_IMMIGRATION,
        label: 'Immigration enforcement',
        include: [
          ...immigrationInclude,
          ...immigrationRecordsHandedOver,
          ...immigrationAbroad,
          ...immigrationSpanish,
          ...immigrationOtherLanguages,
          ...immigrationPortuguese,
          ...immigrationWesternEuropean,
          ...immigrationNorthernCentralEurope,
          ...immigrationCentralEastern,
          ...immigrationAsianLanguages,
          ...immigrationMiddleEastLanguages,
          ...immigrationAfricanLanguages,
          ...BOTH_TOPICS_BY_COLLECTION,
        ],
        exclude: [...immigrationExclude, ...immigrationGuards, ...immigrationSpanishExclude],
      },
      {
        id: TOPIC_DATABASES,
        label: 'State & local databases',
        include: [
          ...databasesInclude,
          ...databasesSharing,
          ...databasesCorrections,
          ...databasesAbroad,
          ...databasesSpanish,
          ...databasesOtherLanguages,
          ...databasesPortuguese,
          ...databasesWesternEuropean,
          ...databasesNorthernCentralEurope,
          ...databasesCentralEastern,
          ...databasesAsianLanguages,
          ...databasesMiddleEastLanguages,
          ...databasesAfricanLanguages,
          ...BOTH_TOPICS_BY_COLLECTION,
        ],
        exclude: [
          ...databasesExclude,
          ...databasesSpanishExclude,
          ...databasesOtherLanguagesExclude,
          ...databasesNorthernCentralEuropeExclude,
        ],
      },
    ],
  };
  return w;
}
