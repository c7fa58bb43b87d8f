import { delay, HttpResponse } from 'msw';
import type { FaultInjector } from '../fault-injection';
import type { ApiResult } from '../service/api-result';
import type { TargetService } from '../service/target-service';

export interface HandlerContext {
  service: TargetService;
  /**
   * Answers like a remote server would: no answer while the browser is offline, the simulated
   * latency, any injected fault, then the service's status and body.
   */
  respond: (call: () => Promise<ApiResult>) => Promise<Response>;
}

export interface HandlerOptions {
  latencyMs?: number;
  faults?: FaultInjector;
}

// The handlers run inside the page, so they would keep answering with the network gone;
// a remote server would not be reachable, and neither is this one.
const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

export function createHandlerContext(service: TargetService, options: HandlerOptions = {}): HandlerContext {
  const latencyMs = options.latencyMs ?? 0;
  return {
    service,
    respond: async (call) => {
      if (isOffline()) return HttpResponse.error();
      const fault = options.faults?.take() ?? null;
      const extraDelayMs = options.faults?.settings.extraDelayMs ?? 0;
      if (latencyMs + extraDelayMs > 0) await delay(latencyMs + extraDelayMs);
      if (fault === 'networkError') return HttpResponse.error();
      if (fault === 'serverError') {
        return HttpResponse.json({ error: 'injected', message: 'Simuloitu palvelinvirhe.' }, { status: 500 });
      }
      if (fault === 'timeout') {
        await delay(options.faults?.settings.timeoutMs ?? 30_000);
        return HttpResponse.error();
      }
      const { status, body } = await call();
      if (fault === 'lostResponse' || isOffline()) return HttpResponse.error();
      return HttpResponse.json(body as Record<string, unknown>, { status });
    },
  };
}

/** Until sign-in exists, every change in the demo is made by this person. */
export const DEMO_ACTOR = 'Demokäyttäjä';

/** The request's JSON body, or undefined when it is not JSON (answered with 400). */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return (await request.json()) as unknown;
  } catch {
    return undefined;
  }
}
