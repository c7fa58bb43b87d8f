import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';

const PREVIEW_LENGTH = 180;

/** Shows the start of a long text with a "show more" toggle; short texts are shown whole. */
export function ExpandableText({ text }: { text: string }) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  if (text.length <= PREVIEW_LENGTH) return <span className="prewrap">{text}</span>;
  const preview = `${text.slice(0, text.lastIndexOf(' ', PREVIEW_LENGTH) > 0 ? text.lastIndexOf(' ', PREVIEW_LENGTH) : PREVIEW_LENGTH)}…`;
  return (
    <span>
      <span id={id} className="prewrap">
        {expanded ? text : preview}
      </span>{' '}
      <button type="button" className="link-button" aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded(!expanded)}>
        {expanded ? t('list.showLess') : t('list.showMore')}
      </button>
    </span>
  );
}
