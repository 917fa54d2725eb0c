// Bulk INSERT of many rows of one entity inside the caller's transaction, shaped per database after
// measuring (the billing benchmark, 10 000 contracts ≈ 30 000 rows): TypeORM's insert().values([...]) spent
// ~8 s building SQL and parameters, so values go through the entity metadata (column names, transformers,
// simple-json) straight to the connection the transaction holds:
// - PostgreSQL: inside a transaction, from 64 rows on, `COPY … FROM STDIN` (text format) on the transaction's
//   connection — the server's bulk path, no array parameters to build and parse (the billing benchmark's floor
//   writes this way); otherwise one `INSERT … SELECT * FROM unnest($1::type[], …)` per slice, one parameter per
//   column, 3–4× faster than a multi-row VALUES list;
// - SQLite: one prepared single-row statement run per row — better-sqlite3 is synchronous and in-process,
//   so a statement per row costs ~10 µs, while preparing a 30 000-parameter VALUES list costs more.
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager, EntityTarget, ObjectLiteral, ValueTransformer } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

const PG_SLICE = 5000;
/** PostgreSQL: from this many rows on, COPY (its text format) rather than INSERT … unnest. */
const COPY_FROM = 64;

/** COPY's text format: tab-separated, `\N` for null, backslash escapes; booleans t/f. */
function copyField(v: unknown, bool: boolean): string {
  if (v === null || v === undefined) return '\\N';
  if (bool) return v ? 't' : 'f';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  const s = String(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
}

/** The rows as COPY text, in pieces of 500 rows. */
function copyText(plan: Plan, rows: readonly ObjectLiteral[]): string[] {
  const n = plan.columns.length;
  const values = new Array<unknown>(n);
  const BATCH = 500;
  const pieces: string[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    let out = '';
    const end = Math.min(rows.length, i + BATCH);
    for (let k = i; k < end; k++) {
      plan.values(rows[k]!, values);
      for (let j = 0; j < n; j++) out += (j === 0 ? '' : '\t') + copyField(values[j], plan.bool[j]!);
      out += '\n';
    }
    pieces.push(out);
  }
  return pieces;
}

/**
 * Sends COPY text and resolves when the server has taken it all. Written to the COPY stream directly: through
 * `pipeline(Readable.from(generator))` most of what was alive at each young-generation collection of V8 went on to
 * the old generation (as with pg's promise, see PgClient in db/data-source.ts).
 */
async function sendCopy(client: PoolClient, sql: string, pieces: readonly string[]): Promise<void> {
  const copy = client.query(copyFrom(sql));
  const done = new Promise<void>((resolve, reject) => {
    copy.once('finish', resolve);
    copy.on('error', reject);
  });
  for (const piece of pieces) copy.write(piece);
  copy.end();
  await done;
}

type Convert = (v: unknown) => unknown;
type Stmt = { run(...p: unknown[]): unknown };
interface Plan {
  table: string; columns: ColumnMetadata[]; convert: Convert[]; sqliteSql: string; pgSql: string; copySql: string; bool: boolean[];
  /** One row's values in column order, converted: a function generated for the entity (no per-value closure call or property lookup by name). */
  values: (r: Record<string, unknown>, out: unknown[]) => void;
  /** SQLite: the statement, prepared once per open connection. */
  stmts: WeakMap<object, Stmt>;
}

/**
 * What TypeORM's preparePersistentValue does for the column types entities use (db/columns.ts), resolved
 * once per column instead of once per value: that call alone cost seconds per 100 000 invoices.
 */
function converter(c: ColumnMetadata, postgres: boolean): Convert {
  const transformer = c.transformer as ValueTransformer | undefined;
  if (transformer && !Array.isArray(transformer)) return (v) => transformer.to(v) ?? null;
  if (c.type === 'simple-json') return (v) => (v == null ? null : JSON.stringify(v));
  if (c.type === 'boolean' && !postgres) return (v) => (v == null ? null : v ? 1 : 0);
  return (v) => v ?? null;
}
const plans = new WeakMap<object, Map<unknown, Plan>>();

function planFor(m: EntityManager, target: EntityTarget<ObjectLiteral>): Plan {
  let byTarget = plans.get(m.connection);
  if (!byTarget) plans.set(m.connection, (byTarget = new Map()));
  let plan = byTarget.get(target);
  if (plan) return plan;
  const meta = m.connection.getMetadata(target);
  // A virtual column is read by a query of its own and never written.
  const columns = meta.columns.filter((c) => !c.isVirtualProperty);
  const postgres = m.connection.options.type === 'postgres';
  if (columns.some((c) => c.embeddedMetadata || c.relationMetadata || Array.isArray(c.transformer))) {
    throw new Error(`bulkInsert: ${meta.tableName} has columns it does not handle`);
  }
  const names = columns.map((c) => `"${c.databaseName}"`).join(', ');
  const pgType = (c: ColumnMetadata) => (c.type === 'integer' ? 'int' : c.type === 'bigint' ? 'int8' : c.type === 'boolean' ? 'bool' : 'text');
  const convert = columns.map((c) => converter(c, postgres));
  // Identity-like columns are copied inline; the others call their converter.
  const body = columns.map((c, j) => {
    const get = `r[${JSON.stringify(c.propertyName)}]`;
    const plain = !c.transformer && c.type !== 'simple-json' && !(c.type === 'boolean' && !postgres);
    return plain ? `v = ${get}; out[${j}] = v === undefined ? null : v;` : `out[${j}] = conv[${j}](${get});`;
  }).join('\n');
  // Built from the entity's own metadata (property names JSON-quoted), once per entity.
  const values = new Function('conv', `return function values(r, out) { let v;\n${body}\n};`)(convert) as Plan['values'];
  plan = {
    table: meta.tableName, columns, convert, values, stmts: new WeakMap(), bool: columns.map((c) => c.type === 'boolean'),
    copySql: `COPY "${meta.tableName}" (${names}) FROM STDIN`,
    sqliteSql: `INSERT INTO "${meta.tableName}" (${names}) VALUES (${columns.map(() => '?').join(', ')})`,
    pgSql: `INSERT INTO "${meta.tableName}" (${names}) SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${pgType(c)}[]`).join(', ')})`,
  };
  byTarget.set(target, plan);
  return plan;
}

export async function bulkInsert<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, rows: readonly T[]): Promise<void> {
  await preparedInsert(m, target, rows)();
}

/**
 * bulkInsert in two steps: what can be built beforehand (PostgreSQL: the COPY text) is built now, the returned
 * function sends it. A caller builds the next rows while PostgreSQL works on a statement already sent
 * (applyPaymentStatuses, billing/payment-status.ts); elsewhere the function simply runs bulkInsert.
 */
export function preparedInsert<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, rows: readonly T[]): () => Promise<void> {
  const runner = m.queryRunner;
  if (m.connection.options.type === 'postgres' && runner && runner.isTransactionActive && rows.length >= COPY_FROM) {
    // Inside a transaction with enough rows: COPY on the transaction's own connection.
    const plan = planFor(m, target);
    const pieces = copyText(plan, rows);
    return async () => sendCopy((await runner.connect()) as PoolClient, plan.copySql, pieces);
  }
  return () => insertRows(m, target, rows);
}

async function insertRows<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, rows: readonly T[]): Promise<void> {
  if (rows.length === 0) return;
  const plan = planFor(m, target);
  const n = plan.columns.length;
  const values = new Array<unknown>(n);
  if (m.connection.options.type === 'postgres') {
    for (let i = 0; i < rows.length; i += PG_SLICE) {
      const slice = rows.slice(i, i + PG_SLICE);
      const params = Array.from({ length: n }, () => new Array<unknown>(slice.length));
      slice.forEach((r, k) => {
        plan.values(r, values);
        for (let j = 0; j < n; j++) params[j]![k] = values[j];
      });
      await m.query(plan.pgSql, params);
    }
    return;
  }
  // The transaction's BEGIN was issued on this very connection: TypeORM's SQLite driver has one query runner and
  // one connection, which `QueryRunner.connect()` returns (the plan is kept per DataSource, so the statement
  // belongs to that connection).
  const db = (await (m.queryRunner ?? m.connection.createQueryRunner()).connect()) as { prepare(sql: string): Stmt };
  let stmt = plan.stmts.get(db);
  if (!stmt) plan.stmts.set(db, (stmt = db.prepare(plan.sqliteSql)));
  for (const r of rows) {
    plan.values(r, values);
    stmt.run(values);
  }
}
