/** Hierarchical query keys: invalidating a prefix refreshes everything below it. */
export const planKeys = {
  all: ['plans'] as const,
  list: () => [...planKeys.all, 'list'] as const,
};

export const targetKeys = {
  all: ['targets'] as const,
  lists: () => [...targetKeys.all, 'list'] as const,
  list: (planId: string) => [...targetKeys.lists(), planId] as const,
  details: () => [...targetKeys.all, 'detail'] as const,
  detail: (targetId: string) => [...targetKeys.details(), targetId] as const,
};

export const syncKeys = {
  all: ['sync'] as const,
  outbox: () => [...syncKeys.all, 'outbox'] as const,
};

export const collectionKeys = {
  all: ['collections'] as const,
  list: (kind: 'measures' | 'projects') => [...collectionKeys.all, kind] as const,
};
