/**
 * Prometheus metrics (prom-client) on a registry of our own. Counters are fed by observers
 * the composition root hangs on the poll cycle and the dispatcher; the outbox and quota gauges
 * are read from the store when scraped, so with one shared database every instance reports
 * the same queue. Metric names are prefixed `policywatch_`.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface MetricsSources {
  /** Outbox totals by status (store-wide). */
  deliveryCounts(): Promise<{ pending: number; sent: number; failed: number }>;
  /** Requests left in the current quota period, per source that reports one. */
  quotaLeft(): Promise<Array<{ source: string; left: number; limit: number }>>;
}

export type PollOutcome = 'ok' | 'not-modified' | 'failed' | 'skipped';
export type DeliveryOutcome = 'sent' | 'retrying' | 'failed' | 'waiting';

export function createMetrics(sources: MetricsSources, opts: { defaultMetrics?: boolean } = {}) {
  const registry = new Registry();
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'policywatch_' });

  const polls = new Counter({
    name: 'policywatch_polls_total',
    help: 'Source polls by outcome.',
    labelNames: ['source', 'outcome'],
    registers: [registry],
  });
  const pollFailures = new Counter({
    name: 'policywatch_poll_failures_total',
    help: 'Failed source polls.',
    labelNames: ['source'],
    registers: [registry],
  });
  const queued = new Counter({
    name: 'policywatch_alerts_queued_total',
    help: 'Alerts put in the outbox by this instance.',
    registers: [registry],
  });
  const sent = new Counter({
    name: 'policywatch_alerts_sent_total',
    help: 'Alerts delivered by this instance.',
    labelNames: ['platform'],
    registers: [registry],
  });
  const failed = new Counter({
    name: 'policywatch_alerts_failed_total',
    help: 'Alerts that failed for good on this instance.',
    labelNames: ['platform'],
    registers: [registry],
  });
  const retried = new Counter({
    name: 'policywatch_alerts_retried_total',
    help: 'Delivery attempts that will be retried.',
    labelNames: ['platform'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'policywatch_delivery_latency_seconds',
    help: 'From an alert entering the outbox to its delivery.',
    labelNames: ['platform'],
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 3600],
    registers: [registry],
  });
  new Gauge({
    name: 'policywatch_outbox_deliveries',
    help: 'Deliveries in the outbox by status (whole store).',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const c = await sources.deliveryCounts();
      this.set({ status: 'pending' }, c.pending);
      this.set({ status: 'sent' }, c.sent);
      this.set({ status: 'failed' }, c.failed);
    },
  });
  new Gauge({
    name: 'policywatch_source_quota_remaining',
    help: 'Requests left in the source API quota period.',
    labelNames: ['source'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const q of await sources.quotaLeft()) this.set({ source: q.source }, q.left);
    },
  });

  return {
    registry,
    contentType: registry.contentType,
    text: () => registry.metrics(),
    poll(source: string, outcome: PollOutcome): void {
      polls.inc({ source, outcome });
      if (outcome === 'failed') pollFailures.inc({ source });
    },
    queued(n: number): void {
      if (n > 0) queued.inc(n);
    },
    delivery(platform: string, outcome: DeliveryOutcome, createdAt: string, now: Date): void {
      if (outcome === 'sent') {
        sent.inc({ platform });
        const ms = now.getTime() - Date.parse(createdAt);
        if (Number.isFinite(ms) && ms >= 0) latency.observe({ platform }, ms / 1000);
      } else if (outcome === 'failed') failed.inc({ platform });
      else if (outcome === 'retrying') retried.inc({ platform });
    },
  };
}
