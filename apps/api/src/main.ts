// Entry point of `pnpm start`: refuses an unsupported Node.js with a clear message before anything
// else loads (a dependency built for Node 24 would otherwise fail with an obscure error), then serves.
const REQUIRED_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major < REQUIRED_MAJOR) {
  console.error(
    `Antena needs Node.js ${REQUIRED_MAJOR} or newer; this is Node.js ${process.versions.node}.\n` +
      'Start it with ./antena start, which brings Node.js 24 from the npm registry when the machine has an older one.',
  );
  process.exit(1);
}
// V8 keeps the compiled code of every module on disk (NODE_COMPILE_CACHE, else the OS temp folder), so a
// restart skips most of the parsing and compiling that startup is made of.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
await import('./serve.js');
