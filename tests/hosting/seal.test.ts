import { describe, expect, it } from 'vitest';
import { createSealer } from '../../src/hosting/seal.ts';

const KEY = 'an-installation-key-of-at-least-32-chars';

describe('sealed installation records', () => {
  it('open what was sealed, and show nothing of it in the sealed text', () => {
    const sealer = createSealer(KEY);
    const sealed = sealer.seal('{"bot":{"token":"xoxb-secret"}}', 'slack:T1');
    expect(sealed).not.toContain('xoxb');
    expect(sealer.open(sealed, 'slack:T1')).toBe('{"bot":{"token":"xoxb-secret"}}');
    expect(sealer.seal('same', 'slack:T1')).not.toBe(sealer.seal('same', 'slack:T1'));
  });

  it('refuse a record moved to another workspace, sealed under another key, or altered', () => {
    const sealer = createSealer(KEY);
    const sealed = sealer.seal('token', 'slack:T1');
    expect(() => sealer.open(sealed, 'slack:T2')).toThrow();
    expect(() => createSealer(`${KEY}-other`).open(sealed, 'slack:T1')).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => sealer.open(parts.join('.'), 'slack:T1')).toThrow();
    expect(() => sealer.open('plain text', 'slack:T1')).toThrow(/not a sealed installation record/);
  });

  it('need a key of at least 32 characters', () => {
    expect(() => createSealer('short')).toThrow(/at least 32 characters/);
  });
});
