/** Plan bytes to text: UTF-8 only, and never binary data. */
export type ReadResult = { readonly text: string } | { readonly error: string };

/** Where the first byte that is not UTF-8 sits, as `line L, column C`. */
function firstInvalidUtf8(bytes: Uint8Array): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by bisection (a cut inside a character also fails, so allow 3 bytes).
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid));
      low = mid;
    } catch {
      try {
        decoder.decode(bytes.subarray(0, Math.max(0, mid - 3)));
        low = Math.max(low, mid - 3);
        high = mid;
      } catch {
        high = mid;
      }
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, low));
  const lines = prefix.split('\n');
  return `line ${lines.length}, column ${lines[lines.length - 1].length + 1}`;
}

/** Decodes bytes as plan text, refusing binary data and invalid UTF-8 with a clear message. */
export function decodePlan(bytes: Uint8Array): ReadResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = bytes.subarray(0, nul).filter((b) => b === 10).length + 1;
    return { error: `not a text file (a NUL byte at line ${line}): a plan is UTF-8 Markdown text.` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: `not valid UTF-8 (first bad byte at ${firstInvalidUtf8(bytes)}): save the file as UTF-8.` };
  }
}
