import type { TargetHistoryResponse } from '../../src/api/contract-review';
import { failure, notFound, ok, type ApiResult } from './api-result';
import type { ServiceStorage } from './storage';

/** 405: the audit trail is written by the server alone, as a side effect of accepted changes. */
export const historyNotWritable = (): ApiResult => ({
  ...failure(405, 'methodNotAllowed', 'Muutoshistoriaa ei voi muuttaa. Palvelin kirjaa siihen jokaisen hyväksytyn muutoksen itse.'),
  headers: { Allow: 'GET' },
});

/** Reading a target's audit trail: any signed-in user may, nobody may write it through the API. */
export function createHistoryService(storage: ServiceStorage) {
  return {
    async targetHistory(targetId: string): Promise<ApiResult<TargetHistoryResponse> | ApiResult> {
      const target = await storage.getTarget(targetId);
      if (!target) return notFound('Tavoitetta');
      const trail = await storage.listAudit('target', targetId);
      const entries = trail.sort((a, b) => b.at.localeCompare(a.at) || b.version - a.version);
      return ok({ entries });
    },
  };
}
