import type { ApiServices } from '../routes/api-route';
import { createAuthService } from './auth-service';
import { createRecordService } from './record-service';
import { createReviewService } from './review-service';
import type { ServiceStorage } from './storage';
import { createTargetService } from './target-service';
import { createStructureService } from './structure-service';
import { createUserService } from './user-service';

/** Every service of the demo API over one store. */
export function createDemoServices(storage: ServiceStorage, options: { now?: () => Date } = {}): ApiServices {
  return {
    targets: createTargetService(storage, options),
    records: createRecordService(storage, options),
    auth: createAuthService(storage, options),
    review: createReviewService(storage, options),
    structure: createStructureService(storage, options),
    users: createUserService(storage),
  };
}
