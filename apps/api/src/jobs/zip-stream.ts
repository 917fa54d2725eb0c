// A ZIP archive written as it goes (fflate's streaming Zip): each entry is added when it is ready and its
// bytes come out at once, so an archive of thousands of documents never sits whole in memory. Entries are
// stored, not deflated: what goes in (PDFs) is compressed already, and deflating again would cost CPU for
// almost nothing.
import { Zip, ZipPassThrough } from 'fflate';

export interface ZipEntry { name: string; data: Uint8Array }

/** The archive of `entries`, in their order, dated `mtime`, as chunks. */
export async function* zipStream(entries: AsyncIterable<ZipEntry>, mtime: Date): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failed: Error | null = null;
  // fflate calls back synchronously for stored entries: what one entry produced is in `out` after its push.
  const zip = new Zip((err, chunk) => {
    if (err) failed = err;
    else out.push(chunk);
  });
  const drain = function* () {
    if (failed) throw failed;
    while (out.length) yield out.shift()!;
  };
  for await (const entry of entries) {
    const file = new ZipPassThrough(entry.name);
    file.mtime = mtime;
    zip.add(file);
    file.push(entry.data, true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
