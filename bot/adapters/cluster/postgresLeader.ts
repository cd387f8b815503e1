import type { Pool } from 'pg';
import type { Leadership } from '../../domain/cluster/leadership';
import { CLUSTER_SQL } from './clusterSql';

/** Ticks drift: a run is due once 90% of the period has passed since the last one (of any instance). */
const SLACK = 0.9;

/**
 * {@link Leadership} with a lease row per task: one conditional upsert both checks that the period has passed
 * since the last run (by the database's clock, so instances' clocks do not matter) and records this run; under
 * concurrent claims PostgreSQL re-checks the condition on the updated row, so exactly one instance gets a row back.
 */
export class PostgresLeader implements Leadership {
  constructor(private readonly pool: Pool) {}

  async claim(task: string, periodMs: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(CLUSTER_SQL.claim, [task, (periodMs * SLACK) / 1000]);
    return (rowCount ?? 0) > 0;
  }
}
