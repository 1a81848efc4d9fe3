import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from './schema';

/** A keyset cursor: the (time, id) of the last item a reader saw. */
export interface Cursor {
  at: string;
  id: string;
}

type Paged = 'rupture' | 'moment' | 'checkin';

/**
 * "Older than the cursor" for newest-first lists ordered by (time, id):
 * stable under inserts, unlike offsets. The id breaks ties between items
 * of the same millisecond.
 */
export function olderThan<T extends Paged>(timeColumn: 'occurred_at' | 'created_at', cursor: Cursor) {
  return (eb: ExpressionBuilder<Database, T>): Expression<SqlBool> => {
    // Kysely cannot type a column reference generic over several tables; all three have both columns.
    const e = eb as unknown as ExpressionBuilder<Database, 'moment'>;
    const time = timeColumn as 'created_at';
    return e.or([e(time, '<', cursor.at), e.and([e(time, '=', cursor.at), e('id', '<', cursor.id)])]);
  };
}
