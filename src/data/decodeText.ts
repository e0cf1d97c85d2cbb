/**
 * Bytes of a budget file to text. Most files are UTF-8; Chinese Windows tools
 * still save GBK/GB18030, and Notepad may save UTF-16. A byte-order mark decides;
 * otherwise strict UTF-8, and GB18030 when the bytes are not valid UTF-8.
 */
export function decodeBudgetBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030').decode(bytes);
    } catch {
      // A runtime without GB18030: the replacement characters will fail validation visibly.
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
}

export async function readBudgetBlob(blob: Blob): Promise<string> {
  return decodeBudgetBytes(new Uint8Array(await blob.arrayBuffer()));
}
