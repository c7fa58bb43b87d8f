import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { groupTargetsByThemeAndGoal } from '../../../domain/grouping';
import { makeGoal, makePlan, makeTarget, makeTheme } from '../../../../test/factories';
import { FULL_LIST_LIMIT, TargetList } from './target-list';

// jsdom has no layout, so these check which rendering the list chooses and what it tells assistive
// technology; which rows a scrolled long list shows is the row model's business (grouping.test.ts).
const theme = makeTheme();
const goals = [makeGoal({ id: 'goal-1', number: '1', order: 1 }), makeGoal({ id: 'goal-2', number: '2', order: 2 })];
const targetsOf = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    makeTarget({ id: `t-${index}`, goalId: index % 2 ? 'goal-2' : 'goal-1', code: `${(index % 2) + 1}.${index + 1}` }),
  );

function renderList(count: number, listSearch = '', planSize = count) {
  const targets = targetsOf(count);
  const groups = groupTargetsByThemeAndGoal([theme], goals, targets);
  const onRendered = vi.fn();
  const element = (
    <TargetList
      groups={groups}
      virtualise={planSize > FULL_LIST_LIMIT}
      plan={makePlan()}
      listSearch={listSearch}
      syncStates={new Map()}
      now={new Date('2022-03-01')}
      onRendered={onRendered}
    />
  );
  render(<RouterProvider router={createMemoryRouter([{ path: '/plans/:planId', element }], { initialEntries: ['/plans/plan-1'] })} />);
  return { onRendered };
}

const renderedRows = () => document.querySelectorAll('tr[data-target-code]').length;

describe('the target list', () => {
  it(`renders every row of a plan of ${FULL_LIST_LIMIT}, one table per goal, so find-in-page and print see them all`, () => {
    const { onRendered } = renderList(FULL_LIST_LIMIT);
    expect(renderedRows()).toBe(FULL_LIST_LIMIT);
    expect(onRendered).toHaveBeenCalled();
    expect(screen.getAllByRole('table')).toHaveLength(2);
    expect(screen.queryByRole('link', { name: 'Avaa koko lista raporttina' })).not.toBeInTheDocument();
  });

  it('renders a longer plan as one table that counts every row, and points to the report for the whole list', async () => {
    renderList(FULL_LIST_LIMIT + 1, 'status=fully');
    // The virtualised table is loaded only for long lists.
    const table = await screen.findByRole('table', { name: 'Sitovat tavoitteet' });
    // The targets, a theme heading, two goal headings and the column headings.
    expect(table).toHaveAttribute('aria-rowcount', String(FULL_LIST_LIMIT + 1 + 3 + 1));
    expect(renderedRows()).toBeGreaterThan(0);
    expect(renderedRows()).toBeLessThan(FULL_LIST_LIMIT);
    expect(screen.getByRole('columnheader', { name: 'Sitova tavoite' })).toHaveAttribute('scope', 'col');
    expect(screen.getByRole('link', { name: 'Avaa koko lista raporttina' })).toHaveAttribute('href', '/plans/plan-1/report?status=fully');
    const positions = [...table.querySelectorAll('tbody tr[aria-rowindex]')].map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(positions.length).toBeGreaterThan(0);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('keeps a long plan in one table when a filter leaves few of its targets, and renders them all', async () => {
    renderList(3, 'q=x', FULL_LIST_LIMIT + 1);
    const table = await screen.findByRole('table', { name: 'Sitovat tavoitteet' });
    expect(table).toHaveAttribute('aria-rowcount', String(3 + 3 + 1));
    expect(renderedRows()).toBe(3);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Avaa koko lista raporttina' })).toHaveAttribute('href', '/plans/plan-1/report?q=x');
  });
});
