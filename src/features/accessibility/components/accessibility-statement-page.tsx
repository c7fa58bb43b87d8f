import '../accessibility.css';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { KNOWN_GAPS, STATEMENT } from '../statement';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The accessibility statement (saavutettavuusseloste) the Act on the Provision of Digital Services requires:
 * conformance, known gaps, how it was assessed, feedback and the supervising authority. Public: no sign-in.
 */
export function AccessibilityStatementPage() {
  const { t, language } = useI18n();
  useDocumentTitle(t('accessibility.title'));
  const date = (iso: string) => formatDate(iso, language);
  return (
    <article className="statement" aria-labelledby="statement-title">
      <h1 id="statement-title">{t('accessibility.title')}</h1>
      <p>{t('accessibility.intro')}</p>
      <p className="statement__dates">{t('accessibility.dates', { created: date(STATEMENT.createdOn), updated: date(STATEMENT.updatedOn) })}</p>

      <Section id="statement-status" title={t('accessibility.status.title')}>
        <p>{t('accessibility.status.text')}</p>
      </Section>

      <Section id="statement-gaps" title={t('accessibility.gaps.title')}>
        {KNOWN_GAPS.map((gap) => (
          <div key={gap}>
            <h3>{t(`accessibility.gaps.${gap}.title`)}</h3>
            <p>{t(`accessibility.gaps.${gap}.text`)}</p>
            <p className="statement__criteria">{t(`accessibility.gaps.${gap}.criteria`)}</p>
          </div>
        ))}
        <h3>{t('accessibility.demo.title')}</h3>
        <p>{t('accessibility.demo.text')}</p>
      </Section>

      <Section id="statement-assessment" title={t('accessibility.assessment.title')}>
        <p>{t('accessibility.assessment.text', { date: date(STATEMENT.assessedOn) })}</p>
      </Section>

      <Section id="statement-feedback" title={t('accessibility.feedback.title')}>
        <p>{t('accessibility.feedback.text')}</p>
        <dl className="statement__contacts">
          <dt>{t('accessibility.feedback.emailLabel')}</dt>
          {/* Not a mailto link: the address is an example and nobody reads it. */}
          <dd>{STATEMENT.feedbackEmail}</dd>
        </dl>
        <p className="statement__example">{t('accessibility.feedback.exampleNote')}</p>
      </Section>

      <Section id="statement-enforcement" title={t('accessibility.enforcement.title')}>
        <p>{t('accessibility.enforcement.text')}</p>
        <p>
          <strong>{t('accessibility.enforcement.authority')}</strong>
        </p>
        <dl className="statement__contacts">
          <dt>{t('accessibility.enforcement.website')}</dt>
          <dd>
            <a href={t('accessibility.enforcement.websiteUrl')}>{t('accessibility.enforcement.websiteText')}</a>
          </dd>
          <dt>{t('accessibility.enforcement.email')}</dt>
          <dd>
            <a href={`mailto:${STATEMENT.authorityEmail}`}>{STATEMENT.authorityEmail}</a>
          </dd>
          <dt>{t('accessibility.enforcement.phone')}</dt>
          <dd>
            <a href={`tel:${STATEMENT.authorityPhone}`}>{t('accessibility.enforcement.phoneNumber')}</a>
          </dd>
        </dl>
      </Section>
    </article>
  );
}
