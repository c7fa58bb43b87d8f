import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Project } from '../../../domain/project';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { formatPeriod } from '../format';
import { useProjectEdits, useProjects } from '../queries';
import { ProjectBudget } from './project-budget';
import { ProjectEditing } from './project-editing';
import { FieldPair } from '../../../components/ui/field-pair';
import { listSearchFrom } from '../../../components/ui/list-search';
import { RecordSyncMarker } from '../../../components/record-edit/record-edit-panel';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** One project with every field, its budget and the own financing checked against the source; editable by those allowed. */
export function ProjectDetailPage() {
  const { projectId = '' } = useParams();
  const location = useLocation();
  const { t } = useI18n();
  const projects = useProjects();
  const project = projects.data?.find((candidate) => candidate.id === projectId);
  useDocumentTitle(project ? project.name : projects.isSuccess ? t('projects.title') : null);

  const backLink = (
    <p className="back-link">
      <Link to={{ pathname: '/projects', search: listSearchFrom(location.state) }}>← {t('projects.detail.back')}</Link>
    </p>
  );
  if (projects.isPending) return <LoadingState />;
  if (projects.isError) {
    return (
      <>
        {backLink}
        <ErrorState error={projects.error} onRetry={() => void projects.refetch()} />
      </>
    );
  }
  if (!project) {
    return (
      <>
        {backLink}
        <h1>{t('projects.title')}</h1>
        <EmptyState>{t('projects.detail.notFound')}</EmptyState>
      </>
    );
  }
  return <ProjectDetail project={project} backLink={backLink} />;
}

function ProjectDetail({ project, backLink }: { project: Project; backLink: ReactNode }) {
  const { t, language } = useI18n();
  const edits = useProjectEdits(project.id).data ?? [];
  const none = <em>{t('projects.detail.none')}</em>;
  return (
    <article className="project-detail">
      {backLink}
      <h1>{project.name}</h1>
      {edits.length > 0 && (
        <p className="target-detail__status">
          <RecordSyncMarker entries={edits} />
        </p>
      )}
      <ProjectEditing project={project} edits={edits} />
      <dl className="field-list" aria-label={t('projects.detail.facts')}>
        <FieldPair term={t('projects.detail.sector')}>{project.sector}</FieldPair>
        <FieldPair term={t('projects.detail.funders')}>
          <ul className="plain-list">
            {project.funders.map((funder) => (
              <li key={funder}>{funder}</li>
            ))}
          </ul>
        </FieldPair>
        <FieldPair term={t('projects.detail.period')}>
          {formatPeriod(project.period, language)}{' '}
          <span className="project-muted">({t('projects.detail.periodAsWritten', { text: project.period.asWritten })})</span>
        </FieldPair>
        <FieldPair term={t('projects.detail.coordinator')}>{project.coordinator ?? none}</FieldPair>
        <FieldPair term={t('projects.detail.responsibleUnit')}>{project.responsibleUnit ?? none}</FieldPair>
        <FieldPair term={t('projects.detail.decision')}>{project.decisionReference ?? none}</FieldPair>
      </dl>

      <Section id="project-partners" title={t('projects.detail.partners')}>
        {project.partners.length === 0 ? (
          <p>{none}</p>
        ) : (
          <ul>
            {project.partners.map((partner) => (
              <li key={partner}>{partner}</li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="project-goals" title={t('projects.detail.goals')}>
        {project.goals.split('\n\n').map((paragraph, index) => (
          <p key={index} className="prewrap">
            {paragraph}
          </p>
        ))}
      </Section>

      <Section id="project-budget" title={t('projects.detail.budget')}>
        {project.budget ? <ProjectBudget budget={project.budget} /> : <p>{t('projects.detail.noBudget')}</p>}
      </Section>

      <Section id="project-contacts" title={t('projects.detail.contacts')}>
        <ul className="project-contacts">
          {project.contacts.map((contact) => (
            <li key={`${contact.name}-${contact.email ?? ''}`}>
              <strong>{contact.name}</strong>
              {contact.title && `, ${contact.title}`}
              {contact.email && (
                <span className="project-contacts__line">
                  {t('projects.detail.email')}: {contact.email}
                </span>
              )}
              {contact.phone && (
                <span className="project-contacts__line">
                  {t('projects.detail.phone')}: {contact.phone}
                </span>
              )}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="project-targets" title={t('projects.detail.linkedTargets')}>
        {project.linkedTargets.length === 0 ? (
          <p>{t('projects.detail.noLinks')}</p>
        ) : (
          <ul>
            {project.linkedTargets.map((link) => (
              <li key={`${link.planId}/${link.targetId}`}>
                <Link to={`/plans/${encodeURIComponent(link.planId)}/targets/${encodeURIComponent(link.targetId)}`}>
                  {t('projects.targetLink', { code: link.targetCode })}
                </Link>
                {link.illustrative && <span className="project-tag"> {t('projects.detail.illustrative')}</span>}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <p className="project-detail__meta">
        {t('projects.detail.source')}: {project.source}
        <br />
        {t('projects.detail.updated', { date: formatDateTime(project.updatedAt, language), by: project.updatedBy, version: project.version })}
      </p>
    </article>
  );
}
