import type { HttpHandler } from 'msw';
import type { TargetService } from '../service/target-service';
import { createHandlerContext, type HandlerOptions } from './handler-context';
import { planHandlers } from './plans';
import { recordHandlers } from './records';
import { targetHandlers } from './targets';
import type { RecordService } from '../service/record-service';

/** Every route of the demo API, shared by the browser worker and the test server. */
export function createHandlers(service: TargetService, records: RecordService, options: HandlerOptions = {}): HttpHandler[] {
  const context = createHandlerContext(service, options);
  return [...planHandlers(context), ...targetHandlers(context), ...recordHandlers(context, records)];
}
