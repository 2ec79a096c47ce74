/**
 * What the bench ran on and how busy it was: nproc, RAM, Node, and the 1-minute load average
 * sampled every 5 s for the whole run (the machine is shared: numbers under load are noisy,
 * ratios measured in the same run much less so).
 */
import { availableParallelism, loadavg } from 'node:os';
import { machineInfo, type MachineInfo } from './util.ts';

interface LoadSummary {
  samples: number;
  min: number;
  mean: number;
  max: number;
}

export interface RunMachine extends MachineInfo {
  nproc: number;
  load?: LoadSummary;
}

/** Starts sampling the load average; `stop()` returns the machine with the load summary. */
export function watchMachine(everyMs = 5000): { machine: RunMachine; stop(): RunMachine } {
  const machine: RunMachine = { ...machineInfo(), nproc: availableParallelism() };
  const samples: number[] = [loadavg()[0]!];
  const timer = setInterval(() => samples.push(loadavg()[0]!), everyMs);
  timer.unref();
  return {
    machine,
    stop() {
      clearInterval(timer);
      samples.push(loadavg()[0]!);
      const load = {
        samples: samples.length,
        min: Math.min(...samples),
        mean: samples.reduce((a, b) => a + b, 0) / samples.length,
        max: Math.max(...samples),
      };
      return { ...machine, load };
    },
  };
}

export function describeMachine(m: RunMachine): string {
  const load = m.load
    ? `; 1-min load average during the run ${m.load.min.toFixed(1)}–${m.load.max.toFixed(1)} (mean ${m.load.mean.toFixed(1)}, ${m.load.samples} samples)`
    : '';
  return `${m.cpu}, nproc ${m.nproc}, ${m.memoryGB} GB RAM, Node ${m.node} (${m.platform})${load}`;
}

/** "10k,100k,1m" → [10000, 100000, 1000000]. */
export function parseSizes(text: string): number[] {
  return text.split(',').map((s) => {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([km]?)\s*$/i.exec(s);
    if (!m) throw new Error(`--sizes: "${s}" is not a size like 10k, 100k or 1m`);
    const n = Number(m[1]) * (m[2]!.toLowerCase() === 'k' ? 1e3 : m[2]!.toLowerCase() === 'm' ? 1e6 : 1);
    if (!Number.isInteger(n) || n < 1000) throw new Error(`--sizes: ${s} must be a whole number of items ≥ 1,000`);
    return n;
  });
}
