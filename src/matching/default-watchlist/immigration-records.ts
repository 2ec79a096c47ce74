/**
 * Immigration-enforcement rules for US records whose subject is personal records reaching immigration enforcement
 * (from the forty-seventh collection on; immigration.ts is at its size limit). Each is a rule both topics read, named
 * in both-topics.ts. Topic definitions: src/matching/README.md.
 */
import { MEDICAID_DATA_TO_IMMIGRATION } from './both-topics.ts';

export const immigrationRecordsHandedOver = [
  // Medicaid (Medi-Cal) data reaching ICE or DHS (the forty-seventh)
  MEDICAID_DATA_TO_IMMIGRATION,
];
