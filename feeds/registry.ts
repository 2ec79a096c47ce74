/**
 * Every source connector, by `SourceConfig.type`. The pipeline looks connectors up here and
 * checks `requiredSecret` before polling: a keyed source without its key is reported as
 * disabled ("set SAM_API_KEY to enable"), never run.
 */
import type { SourceConnector } from '../src/domain/index.ts';
import { congressConnector } from './connectors/congress.ts';
import { ctBillsConnector } from './connectors/ct-bills.ts';
import { dhsPrivacyConnector } from './connectors/dhs-privacy.ts';
import { htmlConnector } from './connectors/html.ts';
import { federalRegisterConnector } from './connectors/federal-register.ts';
import { fpdsConnector } from './connectors/fpds.ts';
import { legiscanConnector } from './connectors/legiscan.ts';
import { legistarConnector } from './connectors/legistar.ts';
import { nySenateConnector } from './connectors/nysenate.ts';
import { openStatesConnector } from './connectors/openstates.ts';
import { regulationsConnector } from './connectors/regulations.ts';
import { rssConnector } from './connectors/rss.ts';
import { samAwardsConnector } from './connectors/sam-awards.ts';
import { samOpportunitiesConnector } from './connectors/sam-opportunities.ts';
import { usaspendingConnector } from './connectors/usaspending.ts';

export const connectors: SourceConnector[] = [
  rssConnector,
  htmlConnector,
  federalRegisterConnector,
  dhsPrivacyConnector,
  legistarConnector,
  ctBillsConnector,
  usaspendingConnector,
  fpdsConnector,
  samOpportunitiesConnector,
  samAwardsConnector,
  openStatesConnector,
  legiscanConnector,
  congressConnector,
  regulationsConnector,
  nySenateConnector,
];

const byType = new Map(connectors.map((c) => [c.type, c]));

export function connectorFor(type: string): SourceConnector | undefined {
  return byType.get(type);
}
