import { vantaa2021 } from '../../mocks/seed/vantaa-2021';
import { copyAsNewPlan } from '../plan-copies';

export const PLAN = vantaa2021.plan.id;
export const PREVIOUS_PLAN = 'vantaa-kasvatus-2020';
const [firstTheme] = vantaa2021.themes;
const [firstGoal] = vantaa2021.goals;
if (!firstTheme || !firstGoal) throw new Error('the seed has no themes or goals');
export const FIRST_THEME = firstTheme;
export const FIRST_GOAL = firstGoal;

/** 12.12: Katri Kalske's target, nobody else's. */
export const TARGET_1212 = '/api/targets/vantaa-2021-12-12';
/** 17.1: Riikka Åstrand's (and Katri Kalske's). */
export const TARGET_171 = '/api/targets/vantaa-2021-17-1';
/** 12.5: Timo Aronkytö reports it. */
export const TARGET_125 = '/api/targets/vantaa-2021-12-5';
export const MEASURE = '/api/measures/measure-91';
export const PROJECT = '/api/projects/6aika-digipoint';

export type Who = 'none' | 'viewer' | 'responsible' | 'manager' | 'admin';
export const ROLES: readonly Who[] = ['none', 'viewer', 'responsible', 'manager', 'admin'];
export const PEOPLE: Record<Exclude<Who, 'none'>, string> = {
  viewer: 'lauri-lautakunta',
  // Riikka Åstrand is responsible for 17.1 only; the endpoints below touch other things.
  responsible: 'riikka-astrand',
  manager: 'maija-manageri',
  admin: 'anni-admin',
};
export const personOf = (who: Who): string | null => (who === 'none' ? null : PEOPLE[who]);

export interface Endpoint {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** A valid body, made fresh for each call. */
  body?: () => unknown;
  /** The answer for each role that may call it; every other signed-in role gets 403, nobody signed in 401. */
  allowed: Partial<Record<Who, number>>;
}

const managers = (status: number) => ({ manager: status, admin: status });
const everyone = (status: number) => ({ viewer: status, responsible: status, manager: status, admin: status });

/** Every reading endpoint, and who may read it. */
export const READ_ENDPOINTS: Endpoint[] = [
  { name: 'list the plans', method: 'GET', path: '/api/plans', allowed: everyone(200) },
  { name: 'read a plan', method: 'GET', path: `/api/plans/${PLAN}/targets`, allowed: everyone(200) },
  { name: 'read a target', method: 'GET', path: TARGET_1212, allowed: everyone(200) },
  { name: 'list the measures', method: 'GET', path: '/api/measures', allowed: everyone(200) },
  { name: 'read a measure', method: 'GET', path: MEASURE, allowed: everyone(200) },
  { name: 'list the projects', method: 'GET', path: '/api/projects', allowed: everyone(200) },
  { name: 'read a project', method: 'GET', path: PROJECT, allowed: everyone(200) },
  { name: 'read a target’s history', method: 'GET', path: `${TARGET_1212}/history`, allowed: everyone(200) },
  { name: 'read the review queue', method: 'GET', path: `/api/plans/${PLAN}/review-queue`, allowed: managers(200) },
  { name: 'read my returned updates', method: 'GET', path: '/api/me/returns', allowed: everyone(200) },
  { name: 'list the people (admin)', method: 'GET', path: '/api/admin/users', allowed: { admin: 200 } },
];

/** Every write endpoint of the API with a valid body, and who may call it. */
export const WRITE_ENDPOINTS: Endpoint[] = [
  { name: 'update a target', method: 'PATCH', path: TARGET_1212, body: () => ({ baseVersion: 1, changes: { status: 'partially' } }), allowed: managers(200) },
  { name: 'import a plan', method: 'PUT', path: '/api/plans/tuotu', body: () => ({ editId: crypto.randomUUID(), data: copyAsNewPlan('tuotu') }), allowed: { admin: 201 } },
  { name: 'update a measure', method: 'PATCH', path: MEASURE, body: () => ({ baseVersion: 1, changes: { progress: 'late' } }), allowed: managers(200) },
  { name: 'update a project', method: 'PATCH', path: PROJECT, body: () => ({ baseVersion: 1, changes: { goals: 'Uudet tavoitteet.' } }), allowed: managers(200) },
  { name: 'review a target', method: 'POST', path: `${TARGET_1212}/review`, body: () => ({ version: 1, decision: 'reviewed' }), allowed: managers(200) },
  { name: 'add a theme', method: 'POST', path: `/api/plans/${PLAN}/themes`, body: () => ({ title: 'Uusi teema' }), allowed: managers(201) },
  { name: 'edit a theme', method: 'PATCH', path: `/api/themes/${FIRST_THEME.id}`, body: () => ({ title: 'Uusi nimi' }), allowed: managers(200) },
  { name: 'add a goal', method: 'POST', path: `/api/plans/${PLAN}/goals`, body: () => ({ themeId: FIRST_THEME.id, number: '99', title: 'Uusi tavoite' }), allowed: managers(201) },
  { name: 'edit a goal', method: 'PATCH', path: `/api/goals/${FIRST_GOAL.id}`, body: () => ({ title: 'Uusi nimi' }), allowed: managers(200) },
  // The goal has targets, so even a manager is told to archive it instead.
  { name: 'delete a goal', method: 'DELETE', path: `/api/goals/${FIRST_GOAL.id}`, allowed: managers(409) },
  { name: 'add a target', method: 'POST', path: `/api/plans/${PLAN}/targets`, body: () => ({ goalId: FIRST_GOAL.id, code: '99.1', title: 'Uusi sitova tavoite' }), allowed: managers(201) },
  { name: 'change a target’s place in the structure', method: 'PATCH', path: `${TARGET_1212}/structure`, body: () => ({ changes: { archived: true } }), allowed: managers(200) },
  { name: 'reorder themes', method: 'POST', path: `/api/plans/${PLAN}/reorder`, body: () => ({ parent: 'plan', parentId: PLAN, ids: vantaa2021.themes.map((theme) => theme.id).reverse() }), allowed: managers(200) },
  { name: 'change the plan’s update rules', method: 'PATCH', path: `/api/plans/${PLAN}/settings`, body: () => ({ updateIntervalDays: 14 }), allowed: managers(200) },
  { name: 'change a person’s role', method: 'PATCH', path: '/api/users/katri-kalske', body: () => ({ role: 'manager' }), allowed: { admin: 200 } },
  { name: 'add a person', method: 'POST', path: '/api/users', body: () => ({ name: 'Uusi Henkilö', title: 'Suunnittelija', role: 'responsible' }), allowed: { admin: 201 } },
];

/** The audit trail: every method but GET answers 405, to anyone (the route needs no session). */
export const HISTORY_WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** The expected answer of `endpoint` for `who`. */
export const expectedStatus = (endpoint: Endpoint, who: Who) => (who === 'none' ? 401 : (endpoint.allowed[who] ?? 403));
