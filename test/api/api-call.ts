import { testSessionFor } from '../../mocks/node';

export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
}

/**
 * Calls the API as a client on the network would: a real fetch with a bearer token of `as` (a demo
 * person's id), or with no session at all when `as` is null. The MSW test server answers.
 */
export async function callApi(
  method: string,
  path: string,
  { as, body, token }: { as: string | null; body?: unknown; token?: string },
): Promise<ApiAnswer> {
  const bearer = token ?? (as ? await testSessionFor(as) : null);
  const response = await fetch(new URL(path, window.location.origin), {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
