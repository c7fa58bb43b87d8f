import { queryOptions } from '@tanstack/react-query';
import { collectionKeys } from '../api/query-keys';
import { loadCollection } from './collections';

// Apart from the plan queries: the target list does not need measures or projects.

/** Every measure (toimenpide), read from the local copy. */
export const measuresQuery = () =>
  queryOptions({ queryKey: collectionKeys.list('measures'), queryFn: () => loadCollection('measures') });

/** Every project (hanke), read from the local copy. */
export const projectsQuery = () =>
  queryOptions({ queryKey: collectionKeys.list('projects'), queryFn: () => loadCollection('projects') });
