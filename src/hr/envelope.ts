/**
 * The wrapper shared by assignment links and completion records: `<prefix><format>.<payload>.<crc>`,
 * payload = base64url(JSON). The format number comes first so a newer code is told apart from a
 * damaged one; the CRC covers prefix, format and payload.
 */
import { crc32Hex, fromBase64Url, toBase64Url } from './checksum';

export function seal(prefix: string, format: number, payload: unknown): string {
  const head = `${prefix}${format}.${toBase64Url(JSON.stringify(payload))}`;
  return `${head}.${crc32Hex(head)}`;
}

export type Opened =
  | { ok: true; format: number; payload: unknown }
  | { ok: false; reason: 'not-ours' | 'corrupt' | 'newer'; format?: number };

export function open(prefix: string, supported: number, code: string): Opened {
  const text = code.trim();
  const m = new RegExp(`^${prefix}(\\d{1,3})\\.([A-Za-z0-9_-]*)\\.?([0-9a-f]*)$`).exec(text);
  if (!m) return { ok: false, reason: text.startsWith(prefix) ? 'corrupt' : 'not-ours' };
  const format = Number(m[1]);
  const head = `${prefix}${m[1]}.${m[2]}`;
  // A newer format may checksum differently: say "newer" rather than "corrupt".
  if (format > supported) return { ok: false, reason: 'newer', format };
  if (m[3] !== crc32Hex(head)) return { ok: false, reason: 'corrupt', format };
  try {
    return { ok: true, format, payload: JSON.parse(fromBase64Url(m[2]!)) as unknown };
  } catch {
    return { ok: false, reason: 'corrupt', format };
  }
}
