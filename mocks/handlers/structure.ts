import { http, type HttpHandler } from 'msw';
import { structureRoutes } from '../../src/api/contract-structure';
import { withJsonBody, type HandlerContext } from './handler-context';

/** Plan structure editing: themes, strategic goals, targets, their order and the plan's update rules. */
export function structureHandlers({ services, authed }: HandlerContext): HttpHandler[] {
  const { structure } = services;
  const param = (value: string | readonly string[] | undefined) => String(value);
  return [
    http.post(structureRoutes.planThemes, ({ params, request }) =>
      authed(request, (actor) => withJsonBody(request, (body) => structure.addTheme(param(params.planId), body, actor))),
    ),
    http.patch(structureRoutes.theme, ({ params, request }) =>
      authed(request, (actor) => withJsonBody(request, (body) => structure.updateTheme(param(params.themeId), body, actor))),
    ),
    http.post(structureRoutes.planGoals, ({ params, request }) =>
      authed(request, (actor) => withJsonBody(request, (body) => structure.addGoal(param(params.planId), body, actor))),
    ),
    http.patch(structureRoutes.goal, ({ params, request }) =>
      authed(request, (actor) => withJsonBody(request, (body) => structure.updateGoal(param(params.goalId), body, actor))),
    ),
    http.delete(structureRoutes.goal, ({ params, request }) => authed(request, (actor) => structure.deleteGoal(param(params.goalId), actor))),
    http.post(structureRoutes.planStructureTargets, ({ params, request }) =>
      authed(request, (actor) => withJsonBody(request, (body) => structure.addTarget(param(params.planId), body, actor))),
    ),
    http.patch(structureRoutes.targetStructure, ({ params, request }) =>
      authed(request, (actor) => withJsonBody(request, (body) => structure.updateTargetStructure(param(params.targetId), body, actor))),
    ),
    http.post(structureRoutes.planReorder, ({ params, request }) =>
      authed(request, (actor) => withJsonBody(request, (body) => structure.reorder(param(params.planId), body, actor))),
    ),
    http.patch(structureRoutes.planSettings, ({ params, request }) =>
      authed(request, (actor) => withJsonBody(request, (body) => structure.updateSettings(param(params.planId), body, actor))),
    ),
  ];
}
