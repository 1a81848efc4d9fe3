import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { SafetyResources } from '@repairable/core';
import { DEMO_KINDS, type DemoKind } from './demo/kinds';
import { parseAllowedHosts } from './http/origin';
import { type Limits, readLimits } from './limits';
import { loadHelplines } from './routes/safety/helplines-file';

export interface Config {
  command: 'serve' | 'migrate' | 'demo';
  /** For `demo`: what kind of space, how many years of history, and an optional seed. */
  demo: { kind: DemoKind; years: number; seed: number | undefined; moments: number | undefined };
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  webDir: string;
  trustProxy: boolean;
  /** Trusted reverse proxies in front of us (TRUST_PROXY=N); 0 when none. */
  proxyHops: number;
  /** Accounts one address may make back to back before registration backs off (SECURITY.md S9). */
  registrationsPerAddress: number | undefined;
  quickExitUrl: string;
  /** Host names besides IP addresses and localhost that this server answers to (ALLOWED_HOSTS); `*` for any. */
  allowedHosts: readonly string[];
  /** Timeouts and caps on what clients can hold (SECURITY.md R5, R6). */
  limits: Limits;
  /** The safety view's helplines: the built-in list, with HELPLINES_FILE over it when set. */
  helplines: SafetyResources[];
}

/** The built web app, relative to the built server (packages/server/dist → packages/web/dist). */
const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** A neutral page, chosen so that a glance at the screen or the history says nothing. */
const DEFAULT_QUICK_EXIT_URL = 'https://www.bbc.com/weather';

const USAGE = `Usage: repairable <command> [options]

Commands:
  serve     start the server (default)
  migrate   apply database migrations and exit
  demo      create a demo account and a "Sample space (demo)" full of simulated
            history, print how to sign in, and exit
  tone      read messages, one per line, from standard input and print the tone
            check of each as one JSON object per line
            {"text","label","flagged","labels","why","suggestion"?}

Options:
  --port <n>         port to listen on (env PORT, default 8080)
  --host <addr>      address to bind (env HOST, default 127.0.0.1)
  --data-dir <dir>   where the SQLite database lives (env DATA_DIR, default ./data)
  --kind <kind>      demo: couple (default) or parent_child
  --years <n>        demo: years of history, ending now (default 2, at most 10)
  --seed <n>         demo: the simulation's seed (default random)
  --moments <n>      demo: about this many moments, for benchmarks (default: an everyday pace)

Environment:
  DATABASE_URL     use PostgreSQL instead of the embedded SQLite
  TRUST_PROXY=N    trust X-Forwarded-Proto/-For from N reverse proxies in front (1 or true: one)
  REGISTRATIONS_PER_ADDRESS  accounts one address may make before registration slows (default 5)
  QUICK_EXIT_URL   where the quick-exit control goes
  ALLOWED_HOSTS    host names it answers to besides IP addresses and localhost (comma-separated; * for any)
  HELPLINES_FILE   a JSON file of helplines over the built-in list (see README.md)
  HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS, MAX_CONNECTIONS,
  MAX_CONNECTIONS_PER_ADDRESS, LIVE_SOCKETS_PER_SESSION, LIVE_SOCKETS_PER_ACCOUNT,
  LIVE_HEARTBEAT_MS, API_MAX_IN_FLIGHT, WRITE_QUEUE_LIMIT
                   limits on what clients can hold and on load (see README.md)
`;

export class UsageError extends Error {
  readonly usage = USAGE;
}

export function readConfig(argv: string[], env: NodeJS.ProcessEnv): Config {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError('');
  const command = positionals[0] ?? 'serve';
  if (command !== 'serve' && command !== 'migrate' && command !== 'demo')
    throw new UsageError(`Unknown command "${command}".`);
  const port = Number(values.port ?? env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`Not a port: ${values.port ?? env.PORT}`);
  const proxyHops = readProxyHops(env.TRUST_PROXY);
  return {
    command,
    demo: readDemo(values),
    port,
    host: values.host ?? env.HOST ?? '127.0.0.1',
    dataDir: values['data-dir'] ?? env.DATA_DIR ?? './data',
    databaseUrl: env.DATABASE_URL || undefined,
    webDir: env.WEB_DIR ?? DEFAULT_WEB_DIR,
    trustProxy: proxyHops > 0,
    proxyHops,
    registrationsPerAddress: readCount(env.REGISTRATIONS_PER_ADDRESS, 'REGISTRATIONS_PER_ADDRESS'),
    quickExitUrl: env.QUICK_EXIT_URL ?? DEFAULT_QUICK_EXIT_URL,
    allowedHosts: parseAllowedHosts(env.ALLOWED_HOSTS),
    limits: readLimits(env, (message) => {
      throw new UsageError(message);
    }),
    helplines: readHelplines(env.HELPLINES_FILE),
  };
}

function readHelplines(path: string | undefined): SafetyResources[] {
  try {
    return loadHelplines(path || undefined);
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** TRUST_PROXY: unset, 0 or false for none; true for one; a small number for that many hops. */
function readProxyHops(value: string | undefined): number {
  if (value === undefined || value === '' || value === 'false') return 0;
  if (value === 'true') return 1;
  const hops = Number(value);
  if (!/^\d+$/.test(value) || hops > 10)
    throw new UsageError(`TRUST_PROXY must be a number of proxy hops (0–10) or true: ${value}`);
  return hops;
}

function readDemo(values: { kind?: string; years?: string; seed?: string; moments?: string }): Config['demo'] {
  const kind = values.kind ?? 'couple';
  if (!(DEMO_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--kind must be one of ${DEMO_KINDS.join(', ')}: ${kind}`);
  }
  const years = Number(values.years ?? 2);
  if (!(years > 0 && years <= 10)) throw new UsageError(`--years must be more than 0 and at most 10: ${values.years}`);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32)) {
    throw new UsageError(`--seed must be a whole number below 2^32: ${values.seed}`);
  }
  const moments = values.moments === undefined ? undefined : Number(values.moments);
  if (moments !== undefined && !(Number.isInteger(moments) && moments > 0 && moments <= 1_000_000)) {
    throw new UsageError(`--moments must be a whole number from 1 to 1000000: ${values.moments}`);
  }
  return { kind: kind as DemoKind, years, seed, moments };
}

function readCount(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} must be a whole number: ${value}`);
  return Number(value);
}

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  'data-dir': { type: 'string' },
  kind: { type: 'string' },
  years: { type: 'string' },
  seed: { type: 'string' },
  moments: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;
