import { delay, HttpResponse } from 'msw';
import type { ApiResult } from '../service/api-result';
import type { TargetService } from '../service/target-service';

export interface HandlerContext {
  service: TargetService;
  /** Waits the simulated latency, then answers with the service's status and body. */
  respond: (result: Promise<ApiResult>) => Promise<Response>;
}

export function createHandlerContext(service: TargetService, latencyMs: number): HandlerContext {
  return {
    service,
    respond: async (result) => {
      if (latencyMs > 0) await delay(latencyMs);
      const { status, body } = await result;
      return HttpResponse.json(body as Record<string, unknown>, { status });
    },
  };
}
