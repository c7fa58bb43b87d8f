import { adminRoutes } from '../../src/api/contract-admin';
import { apiRoutes } from '../../src/api/contract';
import { reviewRoutes } from '../../src/api/contract-review';
import { structureRoutes } from '../../src/api/contract-structure';
import { historyNotWritable } from '../service/history-service';
import { get, withBody, write, type ApiRoute, type ApiServices } from './api-route';

/**
 * Every route of the API apart from signing in and out, which each carrier does its own way
 * (demo: pick a person, bearer token; real server: password, cookie). Both carriers mount this table.
 */
export function apiRouteTable({ targets, records, review, structure, users }: ApiServices): ApiRoute[] {
  const refuseHistoryWrite = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'): ApiRoute => ({
    method,
    path: reviewRoutes.targetHistory,
    access: 'public',
    handle: async () => historyNotWritable(),
  });
  return [
    get(apiRoutes.plans, () => targets.listPlans()),
    get(apiRoutes.planTargets, ({ params }) => targets.getPlanTargets(String(params.planId))),
    write('PUT', apiRoutes.plan, withBody(({ params, actor }, body) => targets.importPlan(String(params.planId), body, actor))),
    get(apiRoutes.target, ({ params }) => targets.getTarget(String(params.targetId))),
    write('PATCH', apiRoutes.target, withBody(({ params, actor }, body) => targets.updateTarget(String(params.targetId), body, actor))),

    ...(['measures', 'projects'] as const).flatMap((kind) => [
      get(apiRoutes[kind], () => records.list(kind)),
      get(apiRoutes[`${kind}Item`], ({ params }) => records.get(kind, String(params.id))),
      write('PATCH', apiRoutes[`${kind}Item`], withBody(({ params, actor }, body) => records.update(kind, String(params.id), body, actor))),
    ]),

    get(reviewRoutes.targetHistory, ({ params }) => review.targetHistory(String(params.targetId))),
    refuseHistoryWrite('POST'),
    refuseHistoryWrite('PUT'),
    refuseHistoryWrite('PATCH'),
    refuseHistoryWrite('DELETE'),
    get(reviewRoutes.reviewQueue, ({ params, actor }) => review.reviewQueue(String(params.planId), actor)),
    write('POST', reviewRoutes.targetReview, withBody(({ params, actor }, body) => review.decide(String(params.targetId), body, actor))),
    get(reviewRoutes.myReturns, ({ actor }) => review.myReturns(actor)),

    write('POST', structureRoutes.planThemes, withBody(({ params, actor }, body) => structure.addTheme(String(params.planId), body, actor))),
    write('PATCH', structureRoutes.theme, withBody(({ params, actor }, body) => structure.updateTheme(String(params.themeId), body, actor))),
    write('POST', structureRoutes.planGoals, withBody(({ params, actor }, body) => structure.addGoal(String(params.planId), body, actor))),
    write('PATCH', structureRoutes.goal, withBody(({ params, actor }, body) => structure.updateGoal(String(params.goalId), body, actor))),
    write('DELETE', structureRoutes.goal, ({ params, actor }) => structure.deleteGoal(String(params.goalId), actor)),
    write(
      'POST',
      structureRoutes.planStructureTargets,
      withBody(({ params, actor }, body) => structure.addTarget(String(params.planId), body, actor)),
    ),
    write(
      'PATCH',
      structureRoutes.targetStructure,
      withBody(({ params, actor }, body) => structure.updateTargetStructure(String(params.targetId), body, actor)),
    ),
    write('POST', structureRoutes.planReorder, withBody(({ params, actor }, body) => structure.reorder(String(params.planId), body, actor))),
    write(
      'PATCH',
      structureRoutes.planSettings,
      withBody(({ params, actor }, body) => structure.updateSettings(String(params.planId), body, actor)),
    ),

    get(adminRoutes.adminUsers, ({ actor }) => users.listUsers(actor)),
    write('POST', adminRoutes.users, withBody(({ actor }, body) => users.addUser(body, actor))),
    write('PATCH', adminRoutes.user, withBody(({ params, actor }, body) => users.updateUser(String(params.userId), body, actor))),
  ];
}
