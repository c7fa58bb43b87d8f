import type { HttpHandler } from 'msw';
import type { TargetService } from '../service/target-service';
import { createHandlerContext, type HandlerOptions } from './handler-context';
import { planHandlers } from './plans';
import { targetHandlers } from './targets';

/** Every route of the demo API, shared by the browser worker and the test server. */
export function createHandlers(service: TargetService, options: HandlerOptions = {}): HttpHandler[] {
  const context = createHandlerContext(service, options);
  return [...planHandlers(context), ...targetHandlers(context)];
}
