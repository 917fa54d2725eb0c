// Statements sent ahead (db/sent-ahead.ts): at most `depth` outstanding, all awaited before the call returns, and
// after a failure none still running when the error reaches the caller (it rolls back next).
import { expect, test } from 'vitest';
import { sentAhead } from '../src/db/sent-ahead.js';

/** A statement whose end the test decides. */
function statement(log: string[], name: string) {
  let finish!: (ok: boolean) => void;
  const done = new Promise<void>((resolve, reject) => {
    finish = (ok) => { log.push(`${ok ? 'end' : 'fail'} ${name}`); if (ok) resolve(); else reject(new Error(name)); };
  });
  return { done, finish };
}
const tick = () => new Promise((r) => setImmediate(r));

test('sends up to depth statements ahead, then waits for the oldest; returns once all have ended', async () => {
  const log: string[] = [];
  const s = ['a', 'b', 'c', 'd'].map((n) => statement(log, n));
  let returned = false;
  const run = sentAhead(2, async (send) => {
    for (const [i, x] of s.entries()) {
      log.push(`send ${'abcd'[i]}`);
      await send(x.done);
    }
    return 'body';
  }).then((v) => { returned = true; return v; });
  await tick();
  expect(log).toEqual(['send a', 'send b', 'send c']); // a third outstanding: waits for a
  s[1]!.finish(true);
  await tick();
  expect(log.at(-1)).toBe('end b'); // b ending first does not free a place: a is the one awaited
  s[0]!.finish(true);
  await tick();
  expect(log.slice(-1)).toEqual(['send d']);
  s[2]!.finish(true);
  await tick();
  expect(returned).toBe(false);
  s[3]!.finish(true);
  expect(await run).toBe('body');
  expect(returned).toBe(true);
});

test('a failed statement is rethrown only after every statement already sent has ended', async () => {
  const log: string[] = [];
  const s = ['a', 'b', 'c'].map((n) => statement(log, n));
  const run = sentAhead(5, async (send) => {
    for (const x of s) await send(x.done);
    return 'body';
  });
  let settled = false;
  void run.catch(() => { settled = true; });
  await tick();
  s[0]!.finish(false);
  s[2]!.finish(true);
  await tick();
  expect(settled).toBe(false); // b is still running
  s[1]!.finish(true);
  await expect(run).rejects.toThrow('a');
});

test('when the oldest fails while the body is still sending, the body stops and the error waits for what was sent', async () => {
  const log: string[] = [];
  const s = ['a', 'b', 'c'].map((n) => statement(log, n));
  let sent = 0;
  const run = sentAhead(1, async (send) => {
    for (const x of s) { await send(x.done); sent++; }
  });
  let settled = false;
  void run.catch(() => { settled = true; });
  await tick();
  expect(sent).toBe(1); // b outstanding behind a: its send waits for a
  s[0]!.finish(false);
  await tick();
  expect(settled).toBe(false); // b was sent before a failed
  expect(sent).toBe(1);
  s[1]!.finish(true);
  await expect(run).rejects.toThrow('a');
  expect(sent).toBe(1);
  expect(log).toEqual(['fail a', 'end b']); // c was never sent
});
