import { http, type HttpHandler } from 'msw';
import { apiRoutes } from '../../src/api/contract';
import type { RecordService } from '../service/record-service';
import type { HandlerContext } from './handler-context';

/** Measures and projects: read routes over the record service. */
export function recordHandlers({ respond }: HandlerContext, records: RecordService): HttpHandler[] {
  return (['measures', 'projects'] as const).flatMap((kind) => [
    http.get(apiRoutes[kind], () => respond(() => records.list(kind))),
    http.get(apiRoutes[`${kind}Item`], ({ params }) => respond(() => records.get(kind, String(params.id)))),
  ]);
}
