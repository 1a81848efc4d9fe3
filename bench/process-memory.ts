import { readFileSync } from 'node:fs';

/** A field of /proc/<pid>/status in MB (the kernel reports kB); Linux only. */
export function procStatusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`No ${field} in /proc/${pid}/status`);
  return Number(match[1]) / 1024;
}
