import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';

import { UsageError } from './usageError';

const MiB = 2 ** 20;

/** The largest catalog or provisioning file read: 128 times the catalog's default size budget of 64 KiB. */
export const MAX_CATALOG_FILE_BYTES = 8 * MiB;

/**
 * A file's text, refused with the reason (exit 2) when it could hang or exhaust the command: anything but a
 * regular file (a FIFO waits forever for a writer, /dev/zero never ends), more than `maxBytes` (counted while
 * reading, since some files say they are empty), or not UTF-8 (a UTF-16 file would parse as garbage).
 */
export function readTextFile(file: string, maxBytes: number): string {
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read: ${code === 'ENOENT' ? 'no such file' : (code ?? String(e))}`);
  }
  if (!stat.isFile()) {
    throw new UsageError(`${file}: cannot read: ${kindOf(stat)}, not a regular file`);
  }
  const tooBig = () => new UsageError(`${file}: cannot read: larger than ${sizeText(maxBytes)}`);
  if (stat.size > maxBytes) {
    throw tooBig();
  }
  const bytes = readAtMost(file, maxBytes + 1);
  if (bytes.length > maxBytes) {
    throw tooBig();
  }
  return decodeUtf8(file, bytes);
}

function readAtMost(file: string, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const fd = openSync(file, 'r');
  try {
    while (total < limit) {
      const chunk = Buffer.alloc(Math.min(MiB, limit - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) {
        break;
      }
      chunks.push(chunk.subarray(0, read));
      total += read;
    }
  } finally {
    closeSync(fd);
  }
  return Buffer.concat(chunks, total);
}

function decodeUtf8(file: string, bytes: Buffer): string {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 || bytes.includes(0)) {
    throw new UsageError(
      `${file}: cannot read: ${utf16 ? 'UTF-16 text' : 'it holds NUL bytes (UTF-16 or binary?)'}: save it as UTF-8`
    );
  }
  try {
    // Without the byte order mark some editors save (the decoder drops it): it is no part of the text.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file}: cannot read: not UTF-8 text: save it as UTF-8`);
  }
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) {
    return 'a directory';
  }
  if (stat.isFIFO()) {
    return 'a pipe (FIFO)';
  }
  if (stat.isCharacterDevice() || stat.isBlockDevice()) {
    return 'a device';
  }
  return stat.isSocket() ? 'a socket' : 'a special file';
}

/** 8 MiB, or 1024 bytes below a MiB. */
export function sizeText(bytes: number): string {
  return bytes >= MiB ? `${Math.round(bytes / MiB)} MiB` : `${bytes} bytes`;
}
