/**
 * SQLite and PostgreSQL cap the parameters of one statement (32,766 and
 * 65,535), so a query over a long `in (…)` list is run once per slice.
 */
export const IN_LIST_SLICE = 1000;

/** Runs `read` over `values` a slice at a time and returns all rows, slice after slice. */
export async function readInSlices<T, R>(values: readonly T[], read: (slice: T[]) => Promise<R[]>): Promise<R[]> {
  const rows: R[] = [];
  for (let start = 0; start < values.length; start += IN_LIST_SLICE) {
    rows.push(...(await read(values.slice(start, start + IN_LIST_SLICE))));
  }
  return rows;
}
