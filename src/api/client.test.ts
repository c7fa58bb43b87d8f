import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { ApiError, apiClient } from './client';
import { apiRoutes } from './contract';

async function failureOf(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('Expected the call to fail');
}

describe('API client', () => {
  it('parses plans and a plan with its targets', async () => {
    const { plans } = await apiClient.listPlans();
    expect(plans.map((plan) => plan.id)).toEqual(['vantaa-kasvatus-2021', 'vantaa-kasvatus-2020']);
    const data = await apiClient.getPlanTargets('vantaa-kasvatus-2021');
    expect(data.targets).toHaveLength(8);
  });

  it('refuses a response that does not match the contract', async () => {
    server.use(http.get(apiRoutes.plans, () => HttpResponse.json({ plans: [{ id: 1 }] })));
    expect((await failureOf(apiClient.listPlans())).kind).toBe('invalidResponse');
  });

  it('refuses a response that is not JSON', async () => {
    server.use(http.get(apiRoutes.plans, () => new HttpResponse('<html>oops</html>', { status: 200 })));
    expect((await failureOf(apiClient.listPlans())).kind).toBe('invalidResponse');
  });

  it('reports a network failure as such', async () => {
    server.use(http.get(apiRoutes.plans, () => HttpResponse.error()));
    expect((await failureOf(apiClient.listPlans())).kind).toBe('network');
  });

  it('saves an update and returns the new version', async () => {
    const { target } = await apiClient.updateTarget('vantaa-2021-12-12', {
      baseVersion: 1,
      changes: { metricStatus: 'Uusi tilanne' },
    });
    expect(target).toMatchObject({ version: 2, metricStatus: 'Uusi tilanne' });
  });

  it('hands back the server copy on a version conflict', async () => {
    await apiClient.updateTarget('vantaa-2021-12-12', { baseVersion: 1, changes: { status: 'partially' } });
    const error = await failureOf(
      apiClient.updateTarget('vantaa-2021-12-12', { baseVersion: 1, changes: { status: 'fully' } }),
    );
    expect(error.kind).toBe('conflict');
    expect(error.current).toMatchObject({ version: 2, status: 'partially' });
  });

  it('hands back field errors for invalid input', async () => {
    const error = await failureOf(
      apiClient.updateTarget('vantaa-2021-12-12', { baseVersion: 1, changes: { title: '   ' } }),
    );
    expect(error.kind).toBe('validation');
    expect(error.fieldErrors).toEqual([{ field: 'title', code: 'required' }]);
  });
});
