import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { useMeasureEdits, useMeasures } from '../queries';
import { ImpactBadge, ProgressBadge } from './measure-badges';
import { MeasureContacts } from './measure-contacts';
import { MeasureEditing } from './measure-editing';
import { RecordSyncMarker } from '../../../components/record-edit/record-edit-panel';
import { MeasureLinkedTargets } from './measure-linked-targets';
import { MeasureTimeline } from './measure-timeline';
import { Paragraphs } from './paragraphs';
import { FieldPair } from '../../../components/ui/field-pair';
import { listSearchFrom } from '../../../components/ui/list-search';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="measure-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** One measure with every field, its task timeline and the targets it serves; editable by those allowed. */
export function MeasureDetailPage() {
  const { measureId = '' } = useParams();
  const location = useLocation();
  const { t, language } = useI18n();
  const measures = useMeasures();
  const measure = measures.data?.find((candidate) => candidate.id === measureId);
  const edits = useMeasureEdits(measureId).data ?? [];
  useDocumentTitle(measure ? `${measure.number} ${measure.title}` : null);

  const backLink = (
    <p className="back-link">
      <Link to={{ pathname: '/measures', search: listSearchFrom(location.state) }}>← {t('measures.detail.back')}</Link>
    </p>
  );
  if (measures.isPending) return <LoadingState />;
  if (measures.isError) {
    return (
      <>
        {backLink}
        <ErrorState error={measures.error} onRetry={() => void measures.refetch()} />
      </>
    );
  }
  if (!measure) {
    return (
      <>
        {backLink}
        <div className="state state--error" role="alert">
          <h1>{t('state.pageNotFound')}</h1>
          <p>{t('measures.detail.notFound')}</p>
        </div>
      </>
    );
  }
  const orEmpty = (text: string) => (text.trim() === '' ? <em>{t('measures.detail.empty')}</em> : text);

  return (
    <article className="measure-detail">
      {backLink}
      <p className="breadcrumb">{t('measures.detail.number', { number: measure.number })}</p>
      <h1>
        <span className="target-code">{measure.number}</span> {measure.title}
      </h1>
      {edits.length > 0 && (
        <p className="target-detail__status">
          <RecordSyncMarker entries={edits} />
        </p>
      )}
      <MeasureEditing measure={measure} edits={edits} />
      <dl className="field-list" aria-label={t('measures.detail.fields')}>
        <FieldPair term={t('measures.detail.sector')}>{orEmpty(measure.sector)}</FieldPair>
        <FieldPair term={t('measures.detail.progress')}>
          <ProgressBadge progress={measure.progress} />
        </FieldPair>
        <FieldPair term={t('measures.detail.impact')}>
          <ImpactBadge impact={measure.impact} />
        </FieldPair>
        <FieldPair term={t('measures.detail.timeSpan')}>{orEmpty(measure.timeSpan)}</FieldPair>
        <FieldPair term={t('measures.detail.organisations')}>
          {measure.responsibleOrganisations.length === 0 ? orEmpty('') : measure.responsibleOrganisations.join(', ')}
        </FieldPair>
        <FieldPair term={t('measures.detail.metrics')}>
          {measure.metrics.length === 0 ? (
            orEmpty('')
          ) : (
            <ul className="plain-list">
              {measure.metrics.map((metric) => (
                <li key={metric}>{metric}</li>
              ))}
            </ul>
          )}
        </FieldPair>
      </dl>
      <Section id="measure-description" title={t('measures.detail.description')}>
        {measure.description.trim() ? <Paragraphs text={measure.description} /> : <p>{orEmpty('')}</p>}
      </Section>
      <Section id="measure-official" title={t('measures.detail.officialDescription')}>
        <figure className="measure-official">
          {measure.officialDescription.label && <figcaption>{measure.officialDescription.label}</figcaption>}
          <blockquote>
            <Paragraphs text={measure.officialDescription.text} />
          </blockquote>
          {measure.officialDescription.source && (
            <p className="measure-official__source">
              (
              {measure.officialDescription.sourceUrl ? (
                <a href={measure.officialDescription.sourceUrl}>{measure.officialDescription.source}</a>
              ) : (
                measure.officialDescription.source
              )}
              )
            </p>
          )}
        </figure>
      </Section>
      <Section id="measure-tasks" title={t('measures.detail.tasks')}>
        <MeasureTimeline timeline={measure.timeline} />
      </Section>
      <Section id="measure-contacts" title={t('measures.detail.contacts')}>
        <MeasureContacts contacts={measure.contacts} />
      </Section>
      <Section id="measure-targets" title={t('measures.detail.linkedTargets')}>
        <MeasureLinkedTargets measure={measure} />
      </Section>
      <footer className="target-detail__updated">
        <p>
          {t('measures.detail.lastUpdated', { date: formatDate(measure.lastUpdated, language) })} ·{' '}
          {t('measures.detail.version', { version: measure.version })}
        </p>
      </footer>
    </article>
  );
}
