/**
 * Sealing installation records at rest: AES-256-GCM with a key derived (HKDF-SHA256) from the
 * operator's INSTALLATION_KEY. The record's platform and key are bound in as associated data,
 * so a sealed record copied onto another workspace's key does not open.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Sealer } from '../domain/index.ts';

const VERSION = 'v1';

export function createSealer(secret: string): Sealer {
  if (secret.length < 32) throw new Error('INSTALLATION_KEY must be at least 32 characters (e.g. `openssl rand -hex 32`)');
  const key = Buffer.from(hkdfSync('sha256', secret, 'policywatch', 'installation-records-v1', 32));
  return {
    seal(plain, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    open(sealed, context) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('not a sealed installation record');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
