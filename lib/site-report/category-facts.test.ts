import { describe, expect, it } from 'vitest';
import { cookieLifetime } from './category-facts';

describe('cookieLifetime', () => {
  const now = 1_800_000_000;
  it('shows session cookies as session and short, medium and long lifetimes in fitting units', () => {
    expect(cookieLifetime({ session: true }, now)).toEqual({ unit: 'session', value: 0 });
    expect(cookieLifetime({ session: false, expirationDate: now + 30 * 60 }, now)).toEqual({ unit: 'minutes', value: 30 });
    expect(cookieLifetime({ session: false, expirationDate: now + 10 }, now)).toEqual({ unit: 'minutes', value: 1 });
    expect(cookieLifetime({ session: false, expirationDate: now + 5 * 3600 }, now)).toEqual({ unit: 'hours', value: 5 });
    expect(cookieLifetime({ session: false, expirationDate: now + 90 * 86400 }, now)).toEqual({ unit: 'days', value: 90 });
    expect(cookieLifetime({ session: false, expirationDate: now + 3 * 365 * 86400 }, now)).toEqual({ unit: 'years', value: 3 });
  });
});
