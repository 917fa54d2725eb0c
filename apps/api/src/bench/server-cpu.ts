// CPU time of the PostgreSQL server processes serving one database, from /proc (the benchmarks' server figure).
import { readFileSync } from 'node:fs';
import type pg from 'pg';

/** CPU seconds (user + system) of the PostgreSQL server processes serving `database`, sampled while work runs. */
export class ServerCpu {
  private seen = new Map<number, number>();
  private base = new Map<number, number>();
  private timer: NodeJS.Timeout | null = null;
  constructor(private admin: pg.Client, private database: string) {}
  private async sample(into: Map<number, number>) {
    const { rows } = await this.admin.query('SELECT pid FROM pg_stat_activity WHERE datname = $1', [this.database]);
    for (const { pid } of rows as { pid: number }[]) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        into.set(pid, (Number(f[11]) + Number(f[12])) / 100);
      } catch { /* gone */ }
    }
  }
  private busy: Promise<void> = Promise.resolve();
  async start() {
    await this.sample(this.base);
    let running = false;
    this.timer = setInterval(() => {
      if (running) return;
      running = true;
      this.busy = this.sample(this.seen).finally(() => { running = false; });
    }, 250);
  }
  async stop(): Promise<number> {
    clearInterval(this.timer!);
    await this.busy;
    await this.sample(this.seen);
    let s = 0;
    for (const [pid, cpu] of this.seen) s += cpu - (this.base.get(pid) ?? 0);
    return s;
  }
}
