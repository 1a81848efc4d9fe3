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

/** One GET /api/health from 127.0.0.1 on its own connection pool, timed; null when it failed or took over 2 s. */
function probeHealth(baseURL: string, agent: http.Agent): Promise<number | null> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.get(`${baseURL}/api/health`, { agent, timeout: 2_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200 ? performance.now() - started : null));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
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
  const healthAgent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const probes: Promise<number | null>[] = [];
  const health = setInterval(() => probes.push(probeHealth(props.baseURL, healthAgent)), HEALTH_EVERY_MS);
  try {
    const load = await openLoop({
      baseURL: props.baseURL,
      request: props.request,
      rate: props.rate,
      durationS: props.durationS,
      // Many people from many addresses: 8 × 60 connections, above the server's 128 in flight.
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
    healthAgent.destroy();
  }
}

export function healthP99(result: OverloadResult): number {
  return percentile(result.health.latencies, 99);
}
