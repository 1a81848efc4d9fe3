import http from 'node:http';
import { percentile } from './figures';
import { type OpenLoopRequest, type OpenLoopResult, openLoop } from './open-loop';
import { procStatusMb } from './process-memory';

/**
 * Four times the server's capacity, offered open loop from many source
 * addresses, while health is asked every 50 ms from another address and
 * the server's resident memory is read every 100 ms. What SECURITY.md R5
 * asks: every answer a quick 2xx or 503, memory bounded, health answering.
 */
export interface OverloadResult {
  load: OpenLoopResult;
  peakRssMb: number;
  health: { asked: number; ok: number; latencies: number[] };
}

const HEALTH_EVERY_MS = 50;
const RSS_EVERY_MS = 100;

/**
 * One GET /api/health from 127.0.0.1 on a connection of its own (a probe
 * never waits behind another), timed from when it was asked; null when it
 * failed or was not answered within 2 s.
 */
function probeHealth(baseURL: string): Promise<number | null> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.get(`${baseURL}/api/health`, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => {
        clearTimeout(deadline);
        resolve(res.statusCode === 200 ? performance.now() - started : null);
      });
    });
    const deadline = setTimeout(() => req.destroy(), 2_000);
    req.on('error', () => {
      clearTimeout(deadline);
      resolve(null);
    });
  });
}

export async function overload(props: {
  baseURL: string;
  pid: number;
  request: OpenLoopRequest;
  rate: number;
  durationS: number;
}): Promise<OverloadResult> {
  let peakRssMb = procStatusMb(props.pid, 'VmRSS');
  const rss = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, procStatusMb(props.pid, 'VmRSS'));
  }, RSS_EVERY_MS);
  const probes: Promise<number | null>[] = [];
  const health = setInterval(() => probes.push(probeHealth(props.baseURL)), HEALTH_EVERY_MS);
  try {
    const load = await openLoop({
      baseURL: props.baseURL,
      request: props.request,
      rate: props.rate,
      durationS: props.durationS,
      // Many people from many addresses: 8 × 60 connections, far above the server's 128 in flight and
      // enough for 2,000 req/s answered within 200 ms; a server that queues instead makes requests wait
      // here for a connection, which their latency, counted from when each was due, shows.
      addresses: 8,
      socketsPerAddress: 60,
    });
    clearInterval(health);
    const answered = await Promise.all(probes);
    const latencies = answered.filter((ms): ms is number => ms !== null);
    return { load, peakRssMb, health: { asked: answered.length, ok: latencies.length, latencies } };
  } finally {
    clearInterval(rss);
    clearInterval(health);
  }
}

export function healthP99(result: OverloadResult): number {
  return percentile(result.health.latencies, 99);
}

/**
 * After an overload, waits until health answers within 50 ms again (at most
 * `timeoutMs`), so the next round does not measure the backlog this one left.
 * @returns how long it took, in ms, or null when it never settled
 */
export async function waitUntilSettled(baseURL: string, timeoutMs = 60_000): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const took = await probeHealth(baseURL);
    if (took !== null && took < 50) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}
