/**
 * Workspace settings that live beside a workspace's watch additions, as entries whose topic
 * starts with '#' (never a valid topic id, so no watchlist merge, `watch list` or `watch
 * remove` ever reads them as terms). Kept there so every store persists them unchanged.
 */
import type { WatchAddition } from './types.ts';

/** The learned second opinion ("possibly relevant"): on unless this entry says `off`. */
export const MODEL_SETTING = '#second-opinion';

export const isSettingEntry = (a: Pick<WatchAddition, 'topic'>): boolean => a.topic.startsWith('#');

/** The additions that are watch terms (not settings). */
export const watchTerms = (additions: WatchAddition[]): WatchAddition[] => additions.filter((a) => !isSettingEntry(a));

/** Has the workspace turned the learned second opinion off? */
export const modelOff = (additions: WatchAddition[]): boolean => additions.some((a) => a.topic === MODEL_SETTING && a.rule === 'off');
