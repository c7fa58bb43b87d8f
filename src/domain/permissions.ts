import type { Target } from './target';
import type { Actor } from './user';

/** A person named as responsible for the target, or as the one who reports on it. */
export function isResponsibleFor(actor: Pick<Actor, 'name'>, target: Pick<Target, 'responsiblePersons' | 'reportingResponsible'>): boolean {
  return target.responsiblePersons.includes(actor.name) || target.reportingResponsible === actor.name;
}

const runsThePlan = (actor: Actor) => actor.role === 'manager' || actor.role === 'admin';

/** Managers and admins edit every target; a responsible person only the targets that name them; viewers none. */
export function canEditTarget(actor: Actor, target: Pick<Target, 'responsiblePersons' | 'reportingResponsible'>): boolean {
  if (runsThePlan(actor)) return true;
  return actor.role === 'responsible' && isResponsibleFor(actor, target);
}

/** Reviewing updates and returning them with a comment. */
export const canReview = (actor: Actor): boolean => runsThePlan(actor);

/** Adding, editing, reordering and archiving themes, goals and targets. */
export const canEditPlanStructure = (actor: Actor): boolean => runsThePlan(actor);

/** Creating whole plans (e.g. importing a spreadsheet) and managing users. */
export const canAdminister = (actor: Actor): boolean => actor.role === 'admin';

/** Measures and projects: managers and admins, and a responsible person named among the contacts. */
export function canEditRecord(actor: Actor, contactNames: readonly string[]): boolean {
  if (runsThePlan(actor)) return true;
  return actor.role === 'responsible' && contactNames.includes(actor.name);
}
