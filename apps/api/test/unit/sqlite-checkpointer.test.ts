// The SQLite checkpointer (src/db/sqlite-checkpointer.ts, docs/jobs.md "SQLite checkpoints"): a thread of its own copies
// the WAL back into the database while a connection writes, the writes never fail for it, and stop() ends it.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/data-source.js';
import { startCheckpointer, type Checkpointer } from '../../src/db/sqlite-checkpointer.js';

const ROWS_PER_COMMIT = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SQLite checkpointer', () => {
  let dir: string;
  let file: string;
  let ds: DataSource;
  let checkpointer: Checkpointer | null = null;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'antena-checkpointer-'));
    file = join(dir, 'db.sqlite');
    ds = await openDatabase({ url: file });
    await ds.query('CREATE TABLE "t" ("id" INTEGER PRIMARY KEY, "v" TEXT NOT NULL)');
    await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
    // The writer never checkpoints by itself here: whatever reaches the database file was copied by the thread.
    await ds.query('PRAGMA wal_autocheckpoint = 0');
  });

  afterEach(async () => {
    await checkpointer?.stop();
    checkpointer = null;
    await ds.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  /** `commits` transactions of 200 rows of 500 bytes each (≈ 100 KB per commit). */
  async function write(commits: number): Promise<void> {
    for (let i = 0; i < commits; i++) {
      await ds.transaction(async (m) => {
        await m.query(`WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ${ROWS_PER_COMMIT}) INSERT INTO "t" ("v") SELECT ? FROM c`, ['x'.repeat(500)]);
      });
    }
  }

  async function fileGrowsPast(bytes: number, withinMs: number): Promise<boolean> {
    for (const end = Date.now() + withinMs; Date.now() < end; await sleep(20)) {
      if (statSync(file).size > bytes) return true;
    }
    return statSync(file).size > bytes;
  }

  it('without it, the database file does not grow: the pages stay in the WAL (the control case)', async () => {
    const before = statSync(file).size;
    await write(20);
    expect(await fileGrowsPast(before, 300)).toBe(false);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(1_000_000);
  });

  it('copies committed pages into the database file while the writer goes on', async () => {
    const before = statSync(file).size;
    checkpointer = startCheckpointer(file, 10);
    await write(20);
    expect(await fileGrowsPast(before + 1_000_000, 5_000)).toBe(true);
    const runs = await checkpointer.stop();
    checkpointer = null;
    expect(runs).toBeGreaterThan(0);
    const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM "t"') as [{ n: number }];
    expect(Number(n)).toBe(20 * ROWS_PER_COMMIT);
  });

  it('never makes a write fail, even checkpointing every millisecond', async () => {
    checkpointer = startCheckpointer(file, 1);
    await write(100);
    const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM "t"') as [{ n: number }];
    expect(Number(n)).toBe(100 * ROWS_PER_COMMIT);
    const [{ integrity_check: integrity }] = await ds.query('PRAGMA integrity_check') as [{ integrity_check: string }];
    expect(integrity).toBe('ok');
  });

  it('stops once, however often it is asked to', async () => {
    checkpointer = startCheckpointer(file, 10);
    await sleep(50);
    const [a, b] = await Promise.all([checkpointer.stop(), checkpointer.stop()]);
    expect(a).toBe(b);
    expect(a).toBeGreaterThan(0);
  });
});
