import { describe, expect, it } from 'vitest';
import { vantaa2021 } from '../../../mocks/seed/vantaa-2021';
import type { PlanData } from '../plan-data';
import { buildPlanData } from './build-plan';
import { parseCsv } from './csv';
import { planDataToCsv, planDataToXlsx } from './export-file';
import { readImportFile } from './import-file';
import { validateImportTable, type ImportResult } from './import-table';
import { readXlsx } from './xlsx';
const NOW = new Date('2026-03-01T09:30:00.000Z');
const DETAILS = {
  title: 'Kasvatus ja oppiminen 2021 (tuotu)',
  organisation: 'Vantaan kaupunki',
  sector: 'Kasvatuksen ja oppimisen toimiala',
  reportingYear: 2021,
  reportDate: '2022-02-02',
};

function planOf(result: ImportResult): PlanData {
  if (!result.ok) throw new Error(`The sheet has problems: ${JSON.stringify(result.problems)}`);
  return buildPlanData(result.rows, DETAILS, { updatedBy: 'Tuoja Testaaja', now: NOW });
}

/** Everything the spreadsheet carries, in plan order, with ids replaced by titles. */
function content(data: PlanData) {
  const themes = [...data.themes].sort((a, b) => a.order - b.order);
  const goals = [...data.goals].sort((a, b) => a.order - b.order);
  const themeTitle = new Map(themes.map((theme) => [theme.id, theme.title]));
  const goalOf = new Map(goals.map((goal) => [goal.id, goal]));
  return {
    themes: themes.map((theme) => ({ title: theme.title, order: theme.order })),
    goals: goals.map((goal) => ({ number: goal.number, title: goal.title, order: goal.order, theme: themeTitle.get(goal.themeId) })),
    targets: [...data.targets]
      .sort((a, b) => a.order - b.order)
      .map((target) => ({
        goal: goalOf.get(target.goalId)?.number,
        order: target.order,
        code: target.code,
        title: target.title,
        metric: target.metric,
        baseline: target.baseline,
        targetLevel: target.targetLevel,
        responsiblePersons: target.responsiblePersons,
        reportingResponsible: target.reportingResponsible,
        keyActions: target.keyActions,
        metricStatus: target.metricStatus,
        status: target.status,
      })),
  };
}

describe('export → import round trip of the Vantaa 2021 report', () => {
  it('gives identical targets, themes and goals through CSV text', () => {
    const csv = planDataToCsv(vantaa2021);
    expect(csv.startsWith('\uFEFFTeema;Strateginen tavoite;Sitova tavoite;')).toBe(true);
    expect(csv).toContain('\r\nEdistämme asukkaiden hyvinvointia;12. Hyvinvointierot vähenevät;"=""12.12""";');
    const { table, problems } = parseCsv(csv);
    expect(problems).toEqual([]);
    const imported = planOf(validateImportTable(table));
    expect(content(imported)).toEqual(content(vantaa2021));
  });

  it('gives identical targets through the CSV file bytes, BOM included', async () => {
    const bytes = new TextEncoder().encode(planDataToCsv(vantaa2021));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const imported = planOf(await readImportFile('kasvatus-ja-oppiminen-2021.csv', bytes));
    expect(content(imported)).toEqual(content(vantaa2021));
  });

  it('gives identical targets through an XLSX workbook', async () => {
    const bytes = await planDataToXlsx(vantaa2021);
    expect(content(planOf(validateImportTable(await readXlsx(bytes))))).toEqual(content(vantaa2021));
    expect(content(planOf(await readImportFile('kasvatus-ja-oppiminen-2021.xlsx', bytes)))).toEqual(content(vantaa2021));
  });

  it('builds a new plan: new ids, version 1, updated now by the importing person, the details typed in', () => {
    const imported = planOf(validateImportTable(parseCsv(planDataToCsv(vantaa2021)).table));
    const ids = [imported.plan.id, ...imported.themes.map((x) => x.id), ...imported.goals.map((x) => x.id), ...imported.targets.map((x) => x.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids).not.toContain(vantaa2021.plan.id);
    expect(imported.plan).toMatchObject({ ...DETAILS, baselineLabel: 'Lähtötaso', targetLevelLabel: 'Tavoitetaso 2021', periodLabel: '1.1. - 31.12.2021', illustrative: false });
    for (const target of imported.targets) {
      expect(target).toMatchObject({ planId: imported.plan.id, version: 1, updatedAt: NOW.toISOString(), updatedBy: 'Tuoja Testaaja', indicators: [] });
    }
    for (const goal of imported.goals) expect(imported.themes.map((theme) => theme.id)).toContain(goal.themeId);
  });
});
