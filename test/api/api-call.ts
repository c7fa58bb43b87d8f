import { testSessionFor } from '../../mocks/node';
import { createMswTarget } from '../contract/msw-target';

export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
}

const msw = createMswTarget();

/**
 * Calls the demo API as a client on the network would: a real fetch with a bearer token of `as` (a demo
 * person's id, signed in afresh), or of `token`, or with no session at all. The MSW test server answers
 * (test/contract/msw-target.ts). The contract suite itself calls the target directly.
 */
export async function callApi(
  method: string,
  path: string,
  { as, body, token }: { as: string | null; body?: unknown; token?: string },
): Promise<ApiAnswer> {
  const bearer = token ?? (as ? await testSessionFor(as) : null);
  const session = bearer ? { userId: as ?? 'token', headers: { Authorization: `Bearer ${bearer}` } } : null;
  const { status, body: answer } = await msw.call(method, path, { as: session, body });
  return { status, body: answer };
}
