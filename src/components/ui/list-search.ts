/** The list's query string a detail page was opened from (router state), so "back" returns to the same view. */
export function listSearchFrom(state: unknown): string {
  if (state && typeof state === 'object' && 'listSearch' in state && typeof state.listSearch === 'string') {
    return state.listSearch;
  }
  return '';
}
