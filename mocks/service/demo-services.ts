import type { DemoServices } from '../handlers/handler-context';
import { createAuthService } from './auth-service';
import { createRecordService } from './record-service';
import type { ServiceStorage } from './storage';
import { createTargetService } from './target-service';

/** Every service of the demo API over one store. */
export function createDemoServices(storage: ServiceStorage, options: { now?: () => Date } = {}): DemoServices {
  return {
    targets: createTargetService(storage, options),
    records: createRecordService(storage),
    auth: createAuthService(storage, options),
  };
}
