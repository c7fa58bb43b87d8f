import type { HttpHandler } from 'msw';
import { createHandlerContext, type DemoServices, type HandlerOptions } from './handler-context';
import { planHandlers } from './plans';
import { historyHandlers } from './history';
import { recordHandlers } from './records';
import { reviewHandlers } from './review';
import { sessionHandlers } from './session';
import { targetHandlers } from './targets';
import { structureHandlers } from './structure';
import { userHandlers } from './users';

/** Every route of the demo API, shared by the browser worker and the test server. */
export function createHandlers(services: DemoServices, options: HandlerOptions = {}): HttpHandler[] {
  const context = createHandlerContext(services, options);
  return [
    ...sessionHandlers(context),
    ...planHandlers(context),
    ...targetHandlers(context),
    ...recordHandlers(context),
    ...historyHandlers(context),
    ...reviewHandlers(context),
    ...structureHandlers(context),
    ...userHandlers(context),
  ];
}
