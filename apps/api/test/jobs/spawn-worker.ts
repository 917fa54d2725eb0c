// `pnpm worker` as a real child process on the test's database, running the TypeScript sources through the
// same SWC loader as the billing child processes (test/billing/child/register.mjs).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface WorkerChild { /** The worker's id (its shards' workerId), once ready. */ readonly id: string; proc: ChildProcess; lines: string[]; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; ready: Promise<void>; stop(): Promise<void> }

export function spawnWorker(url: string, env: Record<string, string> = {}): WorkerChild {
  const proc = spawn(process.execPath, ['--import', fileURLToPath(new URL('../billing/child/register.mjs', import.meta.url)), fileURLToPath(new URL('../../src/worker.ts', import.meta.url))], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: url, ANTENA_JOB_CHUNK_SIZE: '50', ANTENA_JOB_POLL_MS: '50', ANTENA_JOB_SHARD_STALE_MS: '3000', ...env },
  });
  const lines: string[] = [];
  let stderr = '';
  let buffer = '';
  let id = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => { onReady = resolve; });
  proc.stderr!.on('data', (d) => { stderr += String(d); });
  proc.stdout!.on('data', (d) => {
    buffer += String(d);
    let i: number;
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      lines.push(line);
      if (line.startsWith('worker ') && line.includes(' ready ')) { id = line.split(' ')[1]!; onReady(); }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  void exited.then(() => onReady());
  return {
    get id() { return id; },
    proc, lines, exited,
    ready: ready.then(() => { if (proc.exitCode !== null) throw new Error(`worker exited: ${lines.join(' | ')} ${stderr}`); }),
    stop: async () => { if (proc.exitCode === null && proc.signalCode === null) { proc.kill('SIGTERM'); await exited; } },
  };
}
