import { queryOptions } from '@tanstack/react-query';
import { syncKeys } from '../api/query-keys';
import { readAllEdits } from './outbox-read';

/** Every unsynced edit of any kind (targets, imports, measures, projects), oldest first, from the outbox. */
export const allEditsQuery = () => queryOptions({ queryKey: [...syncKeys.outbox(), 'all'] as const, queryFn: () => readAllEdits() });
