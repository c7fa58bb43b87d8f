import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage, useStorageStatusStore } from '../offline/storage-persistence';

function stubStorage(storage: Partial<StorageManager> | undefined) {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
  useStorageStatusStore.setState({ persistence: 'unknown', quotaExceeded: false });
});

describe('requestPersistentStorage', () => {
  it('reports granted when the browser agrees to keep the data', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    stubStorage({ persisted: vi.fn().mockResolvedValue(false), persist });

    await expect(requestPersistentStorage()).resolves.toBe('granted');
    expect(persist).toHaveBeenCalledOnce();
  });

  it('reports granted without asking again when the storage is already persistent', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    stubStorage({ persisted: vi.fn().mockResolvedValue(true), persist });

    await expect(requestPersistentStorage()).resolves.toBe('granted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports denied when the browser refuses', async () => {
    stubStorage({ persisted: vi.fn().mockResolvedValue(false), persist: vi.fn().mockResolvedValue(false) });

    await expect(requestPersistentStorage()).resolves.toBe('denied');
  });

  it('reports unsupported when the browser has no storage manager or no persist()', async () => {
    stubStorage(undefined);
    await expect(requestPersistentStorage()).resolves.toBe('unsupported');

    stubStorage({ estimate: vi.fn() });
    await expect(requestPersistentStorage()).resolves.toBe('unsupported');
  });

  it('reports denied instead of failing when the request throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    stubStorage({ persisted: vi.fn().mockResolvedValue(false), persist: vi.fn().mockRejectedValue(new Error('SecurityError')) });

    await expect(requestPersistentStorage()).resolves.toBe('denied');
    expect(warn).toHaveBeenCalledOnce();
  });

  it('works when only persist() exists', async () => {
    stubStorage({ persist: vi.fn().mockResolvedValue(true) });

    await expect(requestPersistentStorage()).resolves.toBe('granted');
  });
});

describe('useStorageStatusStore', () => {
  it('starts unknown and records the answer and a full quota', () => {
    expect(useStorageStatusStore.getState()).toMatchObject({ persistence: 'unknown', quotaExceeded: false });

    useStorageStatusStore.getState().setPersistence('denied');
    useStorageStatusStore.getState().setQuotaExceeded(true);

    expect(useStorageStatusStore.getState()).toMatchObject({ persistence: 'denied', quotaExceeded: true });
  });
});
