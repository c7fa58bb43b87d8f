import type { HttpHandler } from 'msw';
import type { TargetService } from '../service/target-service';
import { createHandlerContext } from './handler-context';
import { planHandlers } from './plans';
import { targetHandlers } from './targets';

/** Every route of the demo API, shared by the browser worker and the test server. */
export function createHandlers(service: TargetService, options: { latencyMs?: number } = {}): HttpHandler[] {
  const context = createHandlerContext(service, options.latencyMs ?? 0);
  return [...planHandlers(context), ...targetHandlers(context)];
}
