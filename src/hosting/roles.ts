/**
 * What an instance does, so an operator can split the work across processes:
 *  - poller: polls due sources and puts alerts in the outbox (sends nothing);
 *  - sender: sends the outbox and the digests;
 *  - web:    answers /policy, installs and the HTTP endpoints;
 *  - all:    everything (the default, and the embedded single-process mode).
 */
export const ROLES = ['poller', 'sender', 'web', 'all'] as const;
export type Role = (typeof ROLES)[number];

export const polls = (r: Role): boolean => r === 'poller' || r === 'all';
export const sends = (r: Role): boolean => r === 'sender' || r === 'all';
export const serves = (r: Role): boolean => r === 'web' || r === 'all';
/** Chat adapters are started (commands, connections) wherever alerts are sent or commands answered. */
export const startsAdapters = (r: Role): boolean => r !== 'poller';
