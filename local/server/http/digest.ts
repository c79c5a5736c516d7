/**
 * Request digests. SharePoint hands one out from POST _api/contextinfo and wants it back as
 * X-RequestDigest on every write. Ours is an HMAC of the issue time, so it survives restarts of
 * the same database (the secret is stored there) and cannot be made up by a client.
 */
import * as crypto from 'crypto';

export const DIGEST_TIMEOUT_SECONDS = 1800;

function sign(secret: string, issued: string): string {
  return crypto.createHmac('sha256', secret).update(issued).digest('hex').slice(0, 64).toUpperCase();
}

export function issueDigest(secret: string, now = new Date()): string {
  const issued = now.toUTCString().replace('GMT', '-0000');
  return `0x${sign(secret, issued)},${issued}`;
}

export function verifyDigest(secret: string, value: string | undefined, now = new Date()): boolean {
  if (!value) return false;
  const m = /^0x([0-9A-F]+),(.+)$/i.exec(value.trim());
  if (!m) return false;
  const expected = sign(secret, m[2]);
  if (expected.length !== m[1].length || !crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(m[1].toUpperCase()))) return false;
  const issued = Date.parse(m[2].replace('-0000', 'GMT'));
  return !Number.isNaN(issued) && now.getTime() - issued < DIGEST_TIMEOUT_SECONDS * 1000;
}
