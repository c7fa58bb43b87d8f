/** What the demo server can be told to do wrong, so tests can see the client cope with it. */
export type Fault =
  /** 500 before the request is applied. */
  | 'serverError'
  /** No answer at all: the request never reached the server. */
  | 'networkError'
  /** The server applies the request, then the answer is lost on the way back. */
  | 'lostResponse'
  /** The answer takes `timeoutMs` and then the connection drops; nothing is applied. */
  | 'timeout';

export interface FaultSettings {
  /** Share of requests, 0…1, that fail with a 500 at random. */
  errorRate: number;
  /** Extra delay on every answer, on top of the configured latency. */
  extraDelayMs: number;
  timeoutMs: number;
}

const DEFAULT_SETTINGS: FaultSettings = { errorRate: 0, extraDelayMs: 0, timeoutMs: 30_000 };

/** Decides, request by request, which fault (if any) the demo server simulates. */
export function createFaultInjector(random: () => number = Math.random) {
  let settings = { ...DEFAULT_SETTINGS };
  let forced: Fault[] = [];

  return {
    get settings(): FaultSettings {
      return { ...settings };
    },
    configure(change: Partial<FaultSettings>) {
      settings = { ...settings, ...change };
    },
    /** The next `count` requests fail with `fault`, in order after any already queued. */
    failNext(fault: Fault, count = 1) {
      forced = [...forced, ...Array.from({ length: count }, () => fault)];
    },
    reset() {
      settings = { ...DEFAULT_SETTINGS };
      forced = [];
    },
    /** Takes the fault for this request, or null when it should go through. */
    take(): Fault | null {
      const next = forced.shift();
      if (next) return next;
      return settings.errorRate > 0 && random() < settings.errorRate ? 'serverError' : null;
    },
  };
}

export type FaultInjector = ReturnType<typeof createFaultInjector>;
