import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Compressed copies of the built web app's text files (scripts, styles,
 * SVG, the manifest, the shell), for browsers that accept them: the app's
 * script is about a third of its size gzipped. Each file is compressed once,
 * on its first request, and kept in memory (the build does not change under
 * a running server), so serving it costs no more than serving the file.
 */

export type Encoding = 'br' | 'gzip';

/** Plain byte arrays (not Buffers), as a response body takes them without a copy per request. */
export interface Compressed {
  br: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
}

const TEXT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Below this, compressing saves less than the headers it adds. */
const MIN_BYTES = 1024;

export function compress(content: string | Buffer): Compressed {
  const input = typeof content === 'string' ? Buffer.from(content) : content;
  const br = brotliCompressSync(input, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: input.length },
  });
  return { br: new Uint8Array(br), gzip: new Uint8Array(gzipSync(input, { level: 9 })) };
}

/** The encoding to answer with for this `Accept-Encoding`, brotli first; none when neither is accepted. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: Encoding) => accepted.get(name) ?? (accepted.has('*') ? (accepted.get('*') ?? 0) : 0);
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return undefined;
}

/**
 * The compressed copies of the built files named by `paths` (as requested,
 * `/assets/index-1a2b.js`), made on first use. `get` answers undefined for a
 * file that is not text or too small to gain from it.
 */
export function compressedFiles(webDir: string, paths: ReadonlySet<string>) {
  const made = new Map<string, (Compressed & { type: string }) | null>();
  return {
    get(path: string): (Compressed & { type: string }) | undefined {
      if (!paths.has(path)) return undefined;
      let entry = made.get(path);
      if (entry === undefined) {
        const type = TEXT_TYPES[extname(path).toLowerCase()];
        const content = type ? readFileSync(join(webDir, path)) : undefined;
        entry = type && content && content.length >= MIN_BYTES ? { ...compress(content), type } : null;
        made.set(path, entry);
      }
      return entry ?? undefined;
    },
  };
}
