import { useCallback, useEffect, useMemo, useState, type FocusEvent } from 'react';
import { Link } from 'react-router';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { listRowsOf, type ListRow, type ThemeGroup } from '../../../domain/grouping';
import type { Plan } from '../../../domain/plan';
import { daysSinceUpdate, stalenessOf } from '../../../domain/staleness';
import { useI18n } from '../../../i18n/i18n';
import type { OutboxState } from '../../../offline/db';
import { TargetRow } from './target-row';
import { useTargetRowLabels } from './target-row-labels';
import { TARGET_TABLE_COLUMNS, TargetTableHead } from './target-table-head';
import { useDocumentTop } from './use-document-top';

interface VirtualTargetTableProps {
  /** The filtered targets under their headings, laid out here as one row each. */
  groups: readonly ThemeGroup[];
  plan: Plan;
  listSearch: string;
  syncStates: Map<string, OutboxState>;
  /** The moment staleness is judged at. */
  now: Date;
  /** Called after the first render that put rows in the page. */
  onRendered: () => void;
}

// Guesses until a row has been rendered once and measured; the text columns make target rows tall.
const ESTIMATED_HEIGHT: Record<ListRow['kind'], number> = { theme: 64, goal: 44, target: 170 };
const OVERSCAN = 4;
/** Rows (headings included) a list may have and still be rendered whole. */
export const ALL_ROWS_UP_TO = 40;

/**
 * A long target list as one table that renders only the rows near the viewport (the page itself scrolls).
 * Theme and goal headings are rows of their own; aria-rowcount and aria-rowindex tell assistive
 * technology how many rows there are and where each rendered one sits.
 */
export function VirtualTargetTable({ groups, plan, listSearch, syncStates, now, onRendered }: VirtualTargetTableProps) {
  const { t } = useI18n();
  const rows = useMemo(() => listRowsOf(groups), [groups]);
  const labels = useTargetRowLabels();
  useEffect(onRendered, [onRendered]);
  const [bodyTop, bodyRef] = useDocumentTop<HTMLTableSectionElement>();
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const focusedIndex = useMemo(() => (focusedKey === null ? -1 : rows.findIndex((row) => row.key === focusedKey)), [rows, focusedKey]);

  // A filter that leaves a handful of rows gets them all, for find-in-page; the row holding the focus
  // stays rendered while scrolled out of view, so the focus is never dropped.
  const rangeExtractor = useCallback(
    (range: Range) => {
      if (range.count <= ALL_ROWS_UP_TO) return Array.from({ length: range.count }, (_, index) => index);
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex < 0 || indexes.includes(focusedIndex)) return indexes;
      return [...indexes, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  const estimateSize = useCallback((index: number) => ESTIMATED_HEIGHT[rows[index]?.kind ?? 'target'], [rows]);
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    scrollMargin: bodyTop,
    rangeExtractor,
    // The window's size from the start, so the very first render already shows rows instead of waiting for a measurement.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });

  function trackFocus(event: FocusEvent<HTMLTableSectionElement>) {
    const index = event.target.closest('tr[data-index]')?.getAttribute('data-index');
    const focusedRow = index == null ? undefined : rows[Number(index)];
    if (focusedRow) setFocusedKey(focusedRow.key);
  }
  function forgetFocus(event: FocusEvent<HTMLTableSectionElement>) {
    // Only a move to somewhere else on the page lets the row go; a blur of the whole window keeps it.
    if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget)) setFocusedKey(null);
  }

  const content = [];
  let cursor = virtualizer.options.scrollMargin;
  for (const item of virtualizer.getVirtualItems()) {
    const row = rows[item.index];
    if (!row) continue;
    if (item.start > cursor) content.push(<SpacerRow key={`gap-${item.key}`} height={item.start - cursor} />);
    cursor = item.end;
    // Row 1 is the column headings.
    const rowIndex = item.index + 2;
    if (row.kind === 'target') {
      const { target } = row;
      content.push(
        <TargetRow
          key={row.key}
          target={target}
          listSearch={listSearch}
          syncState={syncStates.get(target.id)}
          staleness={stalenessOf(target, plan, now)}
          daysSinceUpdate={daysSinceUpdate(target, now)}
          labels={labels}
          rowIndex={rowIndex}
          virtualIndex={item.index}
          measureRef={virtualizer.measureElement}
        />,
      );
    } else {
      content.push(
        <tr
          key={row.key}
          className={`target-table__heading target-table__heading--${row.kind}`}
          aria-rowindex={rowIndex}
          data-index={item.index}
          ref={virtualizer.measureElement}
        >
          <td colSpan={TARGET_TABLE_COLUMNS}>
            {row.kind === 'theme' ? (
              <h2 className="theme-group__title">{row.theme.title}</h2>
            ) : (
              <h3 className="goal-group__title">{t('list.goal', { number: row.goal.number, title: row.goal.title })}</h3>
            )}
          </td>
        </tr>,
      );
    }
  }
  const end = virtualizer.options.scrollMargin + virtualizer.getTotalSize();
  if (end > cursor) content.push(<SpacerRow key="gap-end" height={end - cursor} />);

  return (
    <>
      {/* Only a long list is rendered in part, so its notice comes with this code rather than in the first view. */}
      <p className="notice target-list__partial">
        {t('list.partialNotice')}{' '}
        <Link to={{ pathname: 'report', search: listSearch ? `?${listSearch}` : '' }}>{t('list.partialNoticeLink')}</Link>
      </p>
      <table className="target-table target-table--virtual" aria-label={t('list.title')} aria-rowcount={rows.length + 1}>
        <colgroup>
          {COLUMN_CLASSES.map((name) => (
            <col key={name} className={`target-table__col--${name}`} />
          ))}
        </colgroup>
        <TargetTableHead plan={plan} rowIndex={1} />
        <tbody ref={bodyRef} onFocus={trackFocus} onBlur={forgetFocus}>
          {content}
        </tbody>
      </table>
    </>
  );
}

const COLUMN_CLASSES = ['target', 'metric', 'baseline', 'target-level', 'responsible', 'metric-status', 'status'] as const;

/** Stands in for the rows not rendered, so the page is as tall as the whole list and the scrollbar tells the truth. */
function SpacerRow({ height }: { height: number }) {
  return (
    <tr className="target-table__spacer" aria-hidden="true">
      <td colSpan={TARGET_TABLE_COLUMNS} style={{ height }} />
    </tr>
  );
}
