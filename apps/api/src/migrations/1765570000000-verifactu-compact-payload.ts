// VeriFactu payloads stored as JSON arrays by position instead of objects by key (docs/verifactu.md, "Tables"):
// an alta `[issuerName, description, recipient name, recipient NIF, [rate, base, taxAmount, …]]`, followed by
// `rectificationType, [issuerNif, number, issueDate, …], flags` when any is set; an anulación `[]`. The keys and the
// constants (hash type 01; tax 01, regime 01, qualification S1 in every breakdown entry) were half of a record's
// bytes. Only the payload changes: the hashed columns, and so the chain and its hashes, stay as they are; a record
// reads back as the same object (src/verifactu/verifactu.entities.ts, decodePayload).
//
// The rows are rewritten a page at a time with the immutability trigger on UPDATE lifted for the rewrite alone
// (migration 1765530000000 made it). down() writes the objects back. The conversion is spelled out here, not
// imported, so this migration means the same thing whatever the code's format becomes later.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'verifactu_records';
const PAGE = 2000;

interface Alta {
  issuerName: string; rectificationType: string | null; rectified: Array<{ issuerNif: string; number: string; issueDate: string }>;
  description: string; recipient: { name: string; nif: string };
  breakdown: Array<{ tax: string; regime: string; qualification: string; rate: string; base: string; taxAmount: string }>;
  hashType: string; subsanacion?: string; rechazoPrevio?: string;
}

function toArray(text: string, position: number): string {
  const p = JSON.parse(text) as Partial<Alta> & { hashType?: string };
  if (Array.isArray(p)) return text; // already rewritten (a migration interrupted and run again)
  const refuse = (why: string) => { throw new Error(`${TABLE} ${position}: ${why}; payload left as it is`); };
  if (p.hashType !== '01') refuse(`hash type ${String(p.hashType)}`);
  if (p.issuerName === undefined) {
    if (Object.keys(p).length !== 1) refuse('an anulación with more than its hash type');
    return '[]';
  }
  const a = p as Alta;
  const breakdown = a.breakdown.flatMap((b) => {
    if (b.tax !== '01' || b.regime !== '01' || b.qualification !== 'S1') refuse(`breakdown ${b.tax}/${b.regime}/${b.qualification}`);
    return [b.rate, b.base, b.taxAmount];
  });
  const out: unknown[] = [a.issuerName, a.description, a.recipient.name, a.recipient.nif, breakdown];
  const flags = (a.subsanacion === 'S' ? 'S' : '') + (a.rechazoPrevio === 'S' ? 'R' : '');
  if (a.rectificationType !== null || a.rectified.length > 0 || flags) {
    out.push(a.rectificationType, a.rectified.flatMap((r) => [r.issuerNif, r.number, r.issueDate]));
    if (flags) out.push(flags);
  }
  return JSON.stringify(out);
}

function toObject(text: string): string {
  const a = JSON.parse(text) as unknown[];
  if (!Array.isArray(a)) return text;
  if (a.length === 0) return JSON.stringify({ hashType: '01' });
  const [issuerName, description, name, nif, breakdown, rectificationType = null, rectified = [], flags = ''] = a as [string, string, string, string, string[], string | null, string[], string];
  const triples = <T>(xs: string[], f: (x: string[]) => T) => Array.from({ length: xs.length / 3 }, (_, i) => f(xs.slice(3 * i, 3 * i + 3)));
  const p: Alta = {
    issuerName, rectificationType, rectified: triples(rectified, ([issuerNif, number, issueDate]) => ({ issuerNif: issuerNif!, number: number!, issueDate: issueDate! })),
    description, recipient: { name, nif },
    breakdown: triples(breakdown, ([rate, base, taxAmount]) => ({ tax: '01', regime: '01', qualification: 'S1', rate: rate!, base: base!, taxAmount: taxAmount! })),
    hashType: '01',
  };
  if (flags.includes('S')) p.subsanacion = 'S';
  if (flags.includes('R')) p.rechazoPrevio = 'S';
  return JSON.stringify(p);
}

/** Every payload through `convert`, in pages by position, with the UPDATE trigger lifted meanwhile. */
async function rewrite(q: QueryRunner, convert: (text: string, position: number) => string): Promise<void> {
  const postgres = q.connection.options.type === 'postgres';
  await q.query(`DROP TRIGGER IF EXISTS ${TABLE}_no_update${postgres ? ` ON "${TABLE}"` : ''}`);
  let after = 0;
  for (;;) {
    const rows = await q.query(`SELECT "position", "payload" FROM "${TABLE}" WHERE "position" > ${postgres ? '$1' : '?'} ORDER BY "position" LIMIT ${PAGE}`, [after]) as Array<{ position: number; payload: string }>;
    if (rows.length === 0) break;
    const changed = rows.map((r) => ({ position: Number(r.position), payload: convert(r.payload, Number(r.position)) }));
    if (postgres) {
      await q.query(`UPDATE "${TABLE}" r SET "payload" = v.p FROM unnest($1::int[], $2::text[]) AS v(pos, p) WHERE r."position" = v.pos`,
        [changed.map((c) => c.position), changed.map((c) => c.payload)]);
    } else {
      for (const c of changed) await q.query(`UPDATE "${TABLE}" SET "payload" = ? WHERE "position" = ?`, [c.payload, c.position]);
    }
    after = changed[changed.length - 1]!.position;
  }
  await q.query(postgres
    ? `CREATE TRIGGER ${TABLE}_no_update BEFORE UPDATE ON "${TABLE}" FOR EACH ROW EXECUTE FUNCTION verifactu_records_immutable()`
    : `CREATE TRIGGER ${TABLE}_no_update BEFORE UPDATE ON "${TABLE}" BEGIN SELECT RAISE(ABORT, '${TABLE} are immutable'); END`);
}

export class VerifactuCompactPayload1765570000000 implements MigrationInterface {
  name = 'VerifactuCompactPayload1765570000000';

  async up(q: QueryRunner): Promise<void> {
    await rewrite(q, toArray);
  }

  async down(q: QueryRunner): Promise<void> {
    await rewrite(q, toObject);
  }
}
