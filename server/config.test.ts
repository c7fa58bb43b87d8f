import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readServerConfig } from './config';

describe('server configuration', () => {
  it('defaults to SQLite in ./data on 127.0.0.1:8080 with secure cookies and the built-in seed', () => {
    const config = readServerConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8080, databaseUrl: undefined, seed: 'builtin', cookieSecure: true, trustProxy: false });
    expect(config.sqliteFile).toBe(resolve('data', 'tavoitevahti.sqlite'));
    expect(config.staticDir).toBe(resolve('dist-server'));
  });

  it('takes PostgreSQL, the port and the switches from the environment', () => {
    const config = readServerConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/tv',
      PORT: '9000',
      TAVOITEVAHTI_SEED: 'none',
      COOKIE_SECURE: 'false',
      TRUST_PROXY: 'yes',
    });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u:p@db:5432/tv', port: 9000, seed: 'none', cookieSecure: false, trustProxy: true });
  });

  it('refuses misspelt values with a message naming the variable', () => {
    expect(() => readServerConfig({ PORT: 'kahdeksan' })).toThrow('PORT must be a port number, not "kahdeksan"');
    expect(() => readServerConfig({ TAVOITEVAHTI_SEED: 'demo' })).toThrow('TAVOITEVAHTI_SEED must be builtin or none');
    expect(() => readServerConfig({ COOKIE_SECURE: 'maybe' })).toThrow('COOKIE_SECURE must be true or false');
  });
});
