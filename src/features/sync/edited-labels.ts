import { queryOptions, useQuery } from '@tanstack/react-query';
import { syncKeys } from '../../api/query-keys';
import type { Measure } from '../../domain/measure';
import type { Project } from '../../domain/project';
import type { AnyOutboxEntry } from '../../offline/db';
import { readLocalTarget } from '../../offline/local-store';
import { readLocalRecord } from '../../offline/record-store';

// Only the sync panel (loaded when opened) names the edited things; the header only counts them.

/** What an edit is about, as stored here: a target's or measure's code and title, a project's name. */
export interface EditedLabel {
  code: string | null;
  title: string;
}

type Labelled = Pick<AnyOutboxEntry, 'entity' | 'entityId'>;
/** The key of an edited entity in the labels: ids alone may repeat across kinds. */
export const labelKey = (entry: Labelled) => `${entry.entity}:${entry.entityId}`;

const editedLabelKeys = {
  all: () => [...syncKeys.all, 'editedLabels'] as const,
  list: (keys: readonly string[]) => [...editedLabelKeys.all(), keys] as const,
};

async function labelOf(entry: Labelled): Promise<EditedLabel | null> {
  if (entry.entity === 'target') {
    const stored = await readLocalTarget(entry.entityId);
    return stored ? { code: stored.target.code, title: stored.target.title } : null;
  }
  if (entry.entity === 'measure') {
    const measure = (await readLocalRecord('measure', entry.entityId)) as Measure | undefined;
    return measure ? { code: measure.number, title: measure.title } : null;
  }
  if (entry.entity === 'project') {
    const project = (await readLocalRecord('project', entry.entityId)) as Project | undefined;
    return project ? { code: null, title: project.name } : null;
  }
  return null;
}

/** The label of each edited target, measure and project, from the local copy; one not stored here is left out. */
export const editedLabelsQuery = (entries: readonly Labelled[]) =>
  queryOptions({
    queryKey: editedLabelKeys.list(entries.map(labelKey)),
    queryFn: async (): Promise<Record<string, EditedLabel>> => {
      const labels = await Promise.all(entries.map(async (entry) => [labelKey(entry), await labelOf(entry)] as const));
      return Object.fromEntries(labels.filter((pair): pair is readonly [string, EditedLabel] => pair[1] !== null));
    },
  });

/** Labels for what the outbox refers to; sorted so that the key does not depend on edit order. */
export function useEditedLabels(entries: readonly AnyOutboxEntry[] | undefined) {
  const unique = new Map((entries ?? []).filter((entry) => entry.entity !== 'planImport').map((entry) => [labelKey(entry), entry]));
  const edited = [...unique.keys()].sort().map((key) => unique.get(key)!);
  return useQuery({ ...editedLabelsQuery(edited), enabled: edited.length > 0 });
}
