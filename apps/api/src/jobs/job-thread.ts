// The API's own worker, in a worker thread (docs/jobs.md): its own database connection, so a long run
// never blocks the thread that answers requests. Messages: 'wake' (a run was queued), 'stop'.
import { parentPort, workerData } from 'node:worker_threads';
import { startWorker, type WorkerConfig } from './worker-main.js';

const worker = await startWorker({ ...(workerData as WorkerConfig), log: (line) => parentPort?.postMessage({ log: line }) });
parentPort?.on('message', (m: string) => {
  if (m === 'wake') worker.wake();
  // Stopped: the connection is closed; closing the port lets the thread end on its own (never terminated in the
  // middle of a native SQLite call).
  if (m === 'stop') void worker.stop().then(() => { parentPort?.postMessage('stopped'); parentPort?.close(); });
});
parentPort?.postMessage('ready');
