import { targetLinkKey, type MeasureTargetLink } from '../../../domain/measure';
import type { LinkedTargetLabel } from '../queries';

/** "8.1 Toteutetaan …" when the plan is readable here, otherwise the target's id. */
export function linkedTargetText(link: Pick<MeasureTargetLink, 'planId' | 'targetId'>, labels: Map<string, LinkedTargetLabel>): string {
  const label = labels.get(targetLinkKey(link));
  return label ? `${label.code} ${label.title}` : link.targetId;
}

export function targetPath(link: Pick<MeasureTargetLink, 'planId' | 'targetId'>): string {
  return `/plans/${encodeURIComponent(link.planId)}/targets/${encodeURIComponent(link.targetId)}`;
}
