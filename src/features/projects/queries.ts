import { useQuery } from '@tanstack/react-query';
import type { RecordOutboxEntry } from '../../offline/db';
import { projectsQuery } from '../../offline/collection-queries';
import { allEditsQuery } from '../../offline/record-queries';

/** Every project of the portfolio, from the local copy (so the list and the detail share one cache entry). */
export const useProjects = () => useQuery(projectsQuery());

/** This project's unsynced edits, oldest first. */
export function useProjectEdits(projectId: string) {
  return useQuery({
    ...allEditsQuery(),
    select: (entries) =>
      entries.filter((entry): entry is RecordOutboxEntry<'project'> => entry.entity === 'project' && entry.entityId === projectId),
  });
}
