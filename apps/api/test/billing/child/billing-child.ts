// A billing run in its own process, for the crash and parallel-run tests: prints one line per committed
// chunk so the parent can kill it mid-run, and a final JSON line with the run.
import 'reflect-metadata';
import { runBilling } from '../../../src/billing/billing-run.js';
import { openDatabase } from '../../../src/db/data-source.js';

const [url, period, chunkSize] = process.argv.slice(2);
const ds = await openDatabase({ url: url! });
try {
  const run = await runBilling(ds, {
    period: period!, actor: null, now: () => new Date(),
    options: { chunkSize: Number(chunkSize), onChunk: (p) => process.stdout.write(`chunk ${p.contracts} ${p.invoices}\n`) },
  });
  process.stdout.write(`done ${JSON.stringify({ invoiceCount: run.invoiceCount, status: run.status })}\n`);
} catch (err) {
  process.stdout.write(`error ${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await ds.destroy();
}
