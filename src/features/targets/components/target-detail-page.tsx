import { useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { StatusBadge } from '../../../components/ui/status-badge';
import { ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { syncStateByTarget } from '../../../offline/pending';
import { useOutbox, useTargetDetail } from '../queries';
import { ConflictView } from './conflict-view';
import { SyncMarker } from './sync-marker';
import { TargetEditForm } from './target-edit-form';
import { IndicatorTable } from './indicator-table';
import { ResponsiblePersons } from './responsible-persons';
import { baselineLabel, targetLevelLabel } from '../plan-labels';
import { FieldPair } from '../../../components/ui/field-pair';
import { listSearchFrom } from '../../../components/ui/list-search';
import { useSessionStore } from '../../../api/session-store';
import { canEditTarget } from '../../../domain/permissions';
import { LinkedMeasures } from './linked-measures';
import { TargetHistory } from './target-history';
import { useFocusAfterRender } from '../use-focus-after-render';

function TextSection({ id, title, note, children }: { id: string; title: string; note: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="heading-note">{note}</span>
      </h2>
      <p>{children}</p>
    </section>
  );
}

export function TargetDetailPage() {
  const { planId = '', targetId = '' } = useParams();
  const location = useLocation();
  const { t, language } = useI18n();
  const detail = useTargetDetail(targetId);
  const outbox = useOutbox();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<'edit.saved' | 'conflict.resolved' | null>(null);
  const listSearch = listSearchFrom(location.state);
  const user = useSessionStore((state) => state.user);
  const focusAfterRender = useFocusAfterRender();
  const editButton = useRef<HTMLButtonElement>(null);
  const formArea = useRef<HTMLDivElement>(null);
  const noticeText = useRef<HTMLParagraphElement>(null);
  useDocumentTitle(detail.data ? `${detail.data.target.code} ${detail.data.target.title}` : null);

  const backLink = (
    <p className="back-link">
      <Link to={{ pathname: `/plans/${encodeURIComponent(planId)}`, search: listSearch }}>← {t('detail.back')}</Link>
    </p>
  );
  if (detail.isPending) return <LoadingState />;
  if (detail.isError) {
    return (
      <>
        {backLink}
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      </>
    );
  }
  const { target, goal, theme, plan } = detail.data;
  const ownEntries = (outbox.data ?? []).filter((entry) => entry.entityId === target.id);
  const syncState = syncStateByTarget(ownEntries).get(target.id);
  const conflict = ownEntries.find((entry) => entry.state === 'conflict');
  const orEmpty = (text: string) => (text.trim() === '' ? <em>{t('detail.empty')}</em> : <span className="prewrap">{text}</span>);

  return (
    <article className="target-detail">
      {backLink}
      <p className="breadcrumb">
        {theme.title} › {t('list.goal', { number: goal.number, title: goal.title })}
      </p>
      <h1>
        <span className="target-code">{target.code}</span> {target.title}
      </h1>
      <p className="target-detail__status">
        <StatusBadge status={target.status} />
        {syncState && <SyncMarker state={syncState} />}
      </p>
      <p ref={noticeText} tabIndex={-1} className={notice ? 'notice notice--success' : 'visually-hidden'} role="status">
        {notice ? t(notice) : ''}
      </p>
      {conflict && (
        <ConflictView
          key={conflict.id}
          entry={conflict}
          onResolved={() => {
            // The conflict view goes away: the message saying what happened takes the focus.
            focusAfterRender(() => noticeText.current);
            setNotice('conflict.resolved');
          }}
        />
      )}
      {editing ? (
        <div ref={formArea}>
          <TargetEditForm
            target={target}
            plan={plan}
            onSaved={() => {
              focusAfterRender(() => editButton.current);
              setEditing(false);
              setNotice('edit.saved');
            }}
            onCancel={() => {
              focusAfterRender(() => editButton.current);
              setEditing(false);
            }}
          />
        </div>
      ) : !user || !canEditTarget(user, target) ? (
        <p className="read-only-note">{t('session.readOnly')}</p>
      ) : (
        <p>
          <button
            ref={editButton}
            type="button"
            className="button"
            onClick={() => {
              // The button gives way to the form: the focus goes to the form's first field.
              focusAfterRender(() => formArea.current?.querySelector<HTMLElement>('input:checked') ?? formArea.current?.querySelector('input'));
              setNotice(null);
              setEditing(true);
            }}
          >
            {t('edit.open')}
          </button>
        </p>
      )}
      <dl className="field-list" aria-label={t('detail.fields')}>
        <FieldPair term={t('list.columns.metric')}>{orEmpty(target.metric)}</FieldPair>
        <FieldPair term={baselineLabel(plan, t('list.columns.baseline'), language)}>{orEmpty(target.baseline)}</FieldPair>
        <FieldPair term={targetLevelLabel(plan, t('list.columns.targetLevel'), language)}>{orEmpty(target.targetLevel)}</FieldPair>
        <FieldPair term={t('list.columns.responsible')}>
          <ResponsiblePersons target={target} />
        </FieldPair>
      </dl>
      <TextSection id="key-actions" title={t('detail.keyActions')} note={plan.periodLabel}>
        {orEmpty(target.keyActions)}
      </TextSection>
      <TextSection id="metric-status" title={t('detail.metricStatus')} note={plan.periodLabel}>
        {orEmpty(target.metricStatus)}
      </TextSection>
      <section aria-labelledby="indicators">
        <h2 id="indicators">{t('detail.indicators')}</h2>
        {target.indicators.length === 0 ? (
          <p>{t('detail.noIndicators')}</p>
        ) : (
          target.indicators.map((indicator) => <IndicatorTable key={indicator.id} indicator={indicator} />)
        )}
      </section>
      <LinkedMeasures targetId={target.id} />
      <TargetHistory targetId={target.id} paused={editing} />
      <footer className="target-detail__updated">
        <p>
          {t('detail.lastUpdated', { date: formatDateTime(target.updatedAt, language), name: target.updatedBy })} ·{' '}
          {t('detail.version', { version: target.version })}
        </p>
      </footer>
    </article>
  );
}
