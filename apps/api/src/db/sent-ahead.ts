// Statements sent ahead on a transaction's connection (docs/sepa.md "Returns"). PostgreSQL runs one connection's
// statements one after another, and this process used to wait for each before building the next (its parameters,
// its COPY text): with a few sent ahead, the server works on one while the next ones are built, and the driver
// sends each as soon as the previous has finished. SQLite runs each statement when it is issued, so nothing changes
// there. The statements must not depend on each other's results; whoever needs a result awaits its own promise.
//
// Nothing outlives the call: when one statement fails, the others already started are awaited before the error is
// rethrown, so none of them can reach the connection after the caller's ROLLBACK (or once it is back in the pool).

/** Sends `work`, waiting first for the oldest outstanding statement once more than `depth` are. */
export type Send = (work: Promise<unknown>) => Promise<void>;

export async function sentAhead<T>(depth: number, body: (send: Send) => Promise<T>): Promise<T> {
  const pending: Promise<unknown>[] = [];
  const oldest = async () => {
    await pending.shift();
  };
  try {
    const out = await body(async (work) => {
      work.catch(() => undefined); // observed below; a failure is not "unhandled" while it waits its turn
      pending.push(work);
      if (pending.length > depth) await oldest();
    });
    while (pending.length > 0) await oldest();
    return out;
  } catch (err) {
    await Promise.allSettled(pending.splice(0));
    throw err;
  }
}
