import { describe, expect, it } from 'vitest';
import { vantaa2021 } from '../../../mocks/seed/vantaa-2021';
import { prefillPlanDetails, validatePlanDetails } from './plan-details';

describe('the new plan’s details', () => {
  it('are prefilled from the open plan, for the following year unless the file name names one', () => {
    expect(prefillPlanDetails(vantaa2021.plan)).toMatchObject({
      title: 'Kasvatus ja oppiminen 2022',
      organisation: 'Vantaan kaupunki',
      sector: 'Kasvatuksen ja oppimisen toimiala',
      reportingYear: '2022',
    });
    expect(prefillPlanDetails(vantaa2021.plan, 'kasvatus-ja-oppiminen-2020.xlsx')).toMatchObject({ title: 'Kasvatus ja oppiminen 2020', reportingYear: '2020' });
    expect(prefillPlanDetails(vantaa2021.plan, 'raportti_12345.csv').reportingYear).toBe('2022');
    expect(prefillPlanDetails(vantaa2021.plan).reportDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('are checked with the plan schema: trimmed text, a four-digit year and a date', () => {
    const valid = validatePlanDetails({ title: ' Uusi ', organisation: 'Vantaa', sector: 'Sivistys', reportingYear: '2023', reportDate: '2024-02-01' });
    expect(valid).toEqual({ ok: true, details: { title: 'Uusi', organisation: 'Vantaa', sector: 'Sivistys', reportingYear: 2023, reportDate: '2024-02-01' } });
    expect(validatePlanDetails({ title: ' ', organisation: 'Vantaa', sector: '', reportingYear: '23', reportDate: '' })).toEqual({
      ok: false,
      errors: { title: 'required', sector: 'required', reportingYear: 'reportingYear', reportDate: 'required' },
    });
  });
});
