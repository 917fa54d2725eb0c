// Spawns billing-child.ts and exposes its progress lines.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Child { proc: ChildProcess; lines: string[]; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; waitFor(prefix: string): Promise<string> }

export function spawnBilling(url: string, period: string, chunkSize: number): Child {
  const proc = spawn(process.execPath, ['--import', fileURLToPath(new URL('./register.mjs', import.meta.url)), fileURLToPath(new URL('./billing-child.ts', import.meta.url)), url, period, String(chunkSize)], {
    cwd: fileURLToPath(new URL('../../..', import.meta.url)), stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { prefix: string; resolve: (l: string) => void }[] = [];
  let buffer = '';
  let stderr = '';
  proc.stderr!.on('data', (d) => { stderr += String(d); });
  proc.stdout!.on('data', (d) => {
    buffer += String(d);
    let i: number;
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      lines.push(line);
      for (const w of waiters.splice(0)) (line.startsWith(w.prefix) ? w.resolve(line) : waiters.push(w));
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    proc, lines, exited,
    waitFor: (prefix) => {
      const seen = lines.find((l) => l.startsWith(prefix));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiters.push({ prefix, resolve });
        void exited.then(() => setTimeout(() => reject(new Error(`child exited before "${prefix}": ${lines.join(' | ')} ${stderr}`)), 10));
      });
    },
  };
}
