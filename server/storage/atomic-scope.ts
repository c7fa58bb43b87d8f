import { AsyncLocalStorage } from 'node:async_hooks';

/** Runs tasks one at a time, in the order they were queued; a failed task does not stop the ones after it. */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();
  private size = 0;

  /** True when nothing is running or waiting. */
  get idle(): boolean {
    return this.size === 0;
  }

  run<T>(task: () => T | Promise<T>): Promise<T> {
    this.size += 1;
    const result = this.tail.then(task);
    this.tail = result.then(
      () => {
        this.size -= 1;
      },
      () => {
        this.size -= 1;
      },
    );
    return result;
  }
}

interface OpenBlock<C> {
  connection: C;
  open: boolean;
}

/**
 * One atomic block at a time in this process, and a way for a storage call to know whether it belongs to the open
 * block (and so must use the block's connection and transaction) or comes from elsewhere.
 * AsyncLocalStorage follows the block's awaits; a call that outlives its block sees it closed and is treated as outside.
 */
export class AtomicScope<C> {
  readonly queue = new SerialQueue();
  private readonly blocks = new AsyncLocalStorage<OpenBlock<C>>();

  /** The connection of the open block the current call runs in, if any. */
  current(): C | undefined {
    const block = this.blocks.getStore();
    return block?.open ? block.connection : undefined;
  }

  /** Runs `work` as the block of `connection`: its storage calls see `current()` return the connection. */
  async within<T>(connection: C, work: () => Promise<T>): Promise<T> {
    const block: OpenBlock<C> = { connection, open: true };
    try {
      return await this.blocks.run(block, work);
    } finally {
      block.open = false;
    }
  }
}
