import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planDataSchema } from '../../src/domain/plan-data';
import { STATUS_REPORT_WORDS, statusFromWord } from '../../src/domain/status';
import type { Target } from '../../src/domain/target';
import { vantaa2021 } from './vantaa-2021';

const REPORT_CODES = ['5.1', '8.1', '12.3', '12.4', '12.5', '12.12', '13.1', '17.1'];
const TEXT_FIELDS = ['title', 'metric', 'baseline', 'targetLevel', 'keyActions', 'metricStatus'] as const;

/** Words the report's narrow columns split across lines, as they read once the lines are joined. */
const SPLIT_WORDS: readonly (readonly [split: string, joined: string])[] = [
  ['Oppivelvollisuude n', 'Oppivelvollisuuden'],
  ['mielenterveysosaamist a', 'mielenterveysosaamista'],
  ['raportointivas tuu', 'raportointivastuu'],
  ['perhekeskussuunnittelu ryhmä', 'perhekeskussuunnitteluryhmä'],
  ['perhekeskustoimintamal lia', 'perhekeskustoimintamallia'],
];

/**
 * Key-action cells that run over a page break: the report prints the rest after the row's status word.
 * The value is where the dataset's cell is split into the part before and the part after the status word.
 */
const PAGE_BREAK_CONTINUATIONS: Readonly<Record<string, string>> = {
  '8.1': ' oppivelvollisuuden piirissä oleville',
  '13.1': '\n\nKaksikielisen opetuksen (englanti)',
};

/** What may follow a row in the report: another row, a heading, the page footer, or the end. */
const ROW_FOLLOWERS = ['Strateginen tavoite', '02.02.2022', ...vantaa2021.themes.map((theme) => theme.title)];

function readSeed(): string {
  const dirname = import.meta.dirname ?? path.dirname(fileURLToPath(import.meta.url));
  return readFileSync(path.resolve(dirname, '../../../shared/seeds/004_09daeed38870fa32.txt'), 'utf8');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads the PDF extraction as running text, with the documented rejoining rules. */
function normaliseSeed(raw: string): string {
  const hyphensJoined = raw
    // "kohtaamiseen -\nhankkeeseen" → "kohtaamiseen -hankkeeseen"
    .replace(/ -[ \t]*\r?\n\s*/g, ' -')
    // "sote-\nkeskus" → "sote-keskus", "1.1.-\n31.12.2021" → "1.1.-31.12.2021",
    // but a suspended compound keeps its space: "kieli-\nja kulttuuritietoisesta".
    .replace(/(\S)-[ \t]*\r?\n\s*(?!(?:ja|tai)\s)/g, '$1-');
  let text = collapse(hyphensJoined);
  for (const [split, joined] of SPLIT_WORDS) text = text.replaceAll(split, joined);
  return text;
}

const seed = normaliseSeed(readSeed());

function targetByCode(code: string): Target {
  const found = vantaa2021.targets.find((target) => target.code === code);
  if (!found) throw new Error(`No target ${code}`);
  return found;
}

/** The key-action cell as printed: before the status word and, after a page break, after it. */
function keyActionParts(target: Target): { before: string; after: string | null } {
  const boundary = PAGE_BREAK_CONTINUATIONS[target.code];
  if (boundary === undefined) return { before: target.keyActions, after: null };
  const at = target.keyActions.indexOf(boundary);
  if (at < 0) throw new Error(`${target.code}: no continuation boundary in key actions`);
  return { before: target.keyActions.slice(0, at), after: target.keyActions.slice(at) };
}

/** The parts of a field to look for in the seed, each with its whitespace collapsed. */
function printedParts(target: Target, field: (typeof TEXT_FIELDS)[number]): string[] {
  if (field !== 'keyActions') return [collapse(target[field])];
  const { before, after } = keyActionParts(target);
  return after === null ? [collapse(before)] : [collapse(before), collapse(after)];
}

/** The responsible-person cell as the report prints it. */
function printedResponsible(target: Target): string {
  if (target.reportingResponsible === null) return target.responsiblePersons.join(', ');
  return `${target.responsiblePersons.join(' ja ')}, raportointivastuu: ${target.reportingResponsible}`;
}

/** A whole row in column order, as running text. */
function printedRow(target: Target): string {
  const { before, after } = keyActionParts(target);
  const cells = [
    `${target.code} ${target.title}`,
    target.metric,
    target.baseline,
    target.targetLevel,
    printedResponsible(target),
    before,
    target.metricStatus,
    STATUS_REPORT_WORDS[target.status],
  ];
  if (after !== null) cells.push(after);
  return collapse(cells.join(' '));
}

describe('the built-in Vantaa 2021 dataset', () => {
  it('is a valid plan with the eight binding targets in report order', () => {
    expect(planDataSchema.safeParse(vantaa2021).success).toBe(true);
    const targets = [...vantaa2021.targets].sort((a, b) => a.order - b.order);
    expect(targets.map((target) => target.code)).toEqual(REPORT_CODES);
    expect(vantaa2021.targets.map((target) => target.code)).toEqual(REPORT_CODES);
    expect(new Set(vantaa2021.targets.map((target) => target.id)).size).toBe(REPORT_CODES.length);
    expect(vantaa2021.plan.illustrative).toBe(false);
    expect(vantaa2021.plan.id).toBe('vantaa-kasvatus-2021');
  });

  it('hangs every target on an existing goal and every goal on an existing theme', () => {
    const goalIds = new Set(vantaa2021.goals.map((goal) => goal.id));
    const themeIds = new Set(vantaa2021.themes.map((theme) => theme.id));
    for (const target of vantaa2021.targets) {
      expect(goalIds.has(target.goalId), target.code).toBe(true);
      expect(target.planId).toBe(vantaa2021.plan.id);
      const goal = vantaa2021.goals.find((candidate) => candidate.id === target.goalId);
      expect(target.code.startsWith(`${goal?.number}.`), target.code).toBe(true);
    }
    for (const goal of vantaa2021.goals) {
      expect(themeIds.has(goal.themeId), goal.id).toBe(true);
      expect(goal.planId).toBe(vantaa2021.plan.id);
    }
    const wellbeing = vantaa2021.themes.find((theme) => theme.title === 'Edistämme asukkaiden hyvinvointia');
    expect(vantaa2021.goals.find((goal) => goal.number === '13')?.themeId).toBe(wellbeing?.id);
  });

  it('names themes and goals exactly as the report headings do', () => {
    for (const theme of vantaa2021.themes) expect(seed).toContain(theme.title);
    for (const goal of vantaa2021.goals) expect(seed).toContain(`Strateginen tavoite ${goal.number}. ${goal.title}`);
  });
});

describe('the Vantaa 2021 dataset against the report text', () => {
  it('finds its hyphen and split-word rules applied to the seed', () => {
    expect(seed).toContain('kieli- ja kulttuuritietoisesta');
    expect(seed).toContain('Tulevaisuuden sote-keskus -hankekauteen');
    expect(seed).toContain('Keskeyttämisestä kohtaamiseen -hankkeeseen');
    expect(seed).toContain('vuosille 2023-2028.');
    for (const [split, joined] of SPLIT_WORDS) {
      expect(seed).not.toContain(split);
      expect(seed).toContain(joined);
    }
  });

  it.each(REPORT_CODES)('quotes every text column of %s verbatim', (code) => {
    const target = targetByCode(code);
    for (const field of TEXT_FIELDS) {
      for (const part of printedParts(target, field)) {
        expect(part.length, `${code} ${field}`).toBeGreaterThan(0);
        expect(seed, `${code} ${field}: ${part}`).toContain(part);
      }
    }
    expect(seed).toContain(`${target.code} ${target.title}`);
  });

  it.each(REPORT_CODES)('loses and adds nothing between the cells of %s', (code) => {
    const target = targetByCode(code);
    const row = printedRow(target);
    const at = seed.indexOf(row);
    expect(at, `${code}: ${row}`).toBeGreaterThanOrEqual(0);
    const rest = seed.slice(at + row.length).trim();
    const index = REPORT_CODES.indexOf(code);
    const nextCode = REPORT_CODES[index + 1];
    const followers = nextCode ? [...ROW_FOLLOWERS, `${nextCode} ${targetByCode(nextCode).title}`] : ROW_FOLLOWERS;
    expect(rest === '' || followers.some((follower) => rest.startsWith(follower)), `${code} is followed by: ${rest.slice(0, 60)}`).toBe(true);
  });

  it('puts page-break continuations after the row status word, as the report prints them', () => {
    for (const [code, boundary] of Object.entries(PAGE_BREAK_CONTINUATIONS)) {
      const target = targetByCode(code);
      const { before, after } = keyActionParts(target);
      expect(after, code).not.toBeNull();
      const statusWordAt = seed.indexOf(STATUS_REPORT_WORDS[target.status], seed.indexOf(collapse(before)));
      expect(seed.indexOf(collapse(after ?? '')), code).toBeGreaterThan(statusWordAt);
      expect(target.keyActions).toContain(boundary);
    }
  });

  it('names the responsible persons as the report does', () => {
    for (const target of vantaa2021.targets) {
      expect(target.responsiblePersons.length, target.code).toBeGreaterThan(0);
      for (const person of target.responsiblePersons) expect(seed, `${target.code}: ${person}`).toContain(person);
    }
    expect(targetByCode('12.5').responsiblePersons).toEqual(['Timo Aronkytö', 'Katri Kalske']);
    expect(targetByCode('12.5').reportingResponsible).toBe('Timo Aronkytö');
    expect(seed).toContain('raportointivastuu: Timo Aronkytö');
    expect(targetByCode('17.1').responsiblePersons).toEqual(['Riikka Åstrand', 'Katri Kalske']);
    expect(vantaa2021.targets.filter((target) => target.reportingResponsible !== null)).toHaveLength(1);
  });

  it('takes each status from the word printed in the row', () => {
    const statusWords = /Toteutuu täysin|Toteutuu osittain|Ei toteudu lainkaan|Ei arvioitu/g;
    const starts = REPORT_CODES.map((code) => seed.indexOf(`${code} ${targetByCode(code).title}`));
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    REPORT_CODES.forEach((code, index) => {
      const row = seed.slice(starts[index], starts[index + 1] ?? seed.length);
      const words = row.match(statusWords) ?? [];
      expect(words, code).toHaveLength(1);
      expect(statusFromWord(words[0] ?? ''), code).toBe(targetByCode(code).status);
    });
  });

  it('keeps paragraphs apart with one blank line and no stray whitespace', () => {
    for (const target of vantaa2021.targets) {
      for (const field of TEXT_FIELDS) {
        const value = target[field];
        expect(value, `${target.code} ${field}`).toBe(value.trim());
        for (const paragraph of value.split('\n\n')) {
          expect(paragraph, `${target.code} ${field}`).toBe(collapse(paragraph));
          expect(paragraph.length, `${target.code} ${field}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('spot checks of the Vantaa 2021 dataset', () => {
  it('reads the cells the PDF garbled most', () => {
    expect(targetByCode('8.1').metric).toBe('Oppivelvollisuuden laajentamisen edellyttämät uudet toimintatavat');
    expect(targetByCode('12.4').title).toContain('mielenterveysosaamista');
    expect(targetByCode('12.12').baseline).toBe('Keskeyttäneiden määrä 496/ keskeyttämisprosentti 13,4 % (2020)');
    expect(targetByCode('17.1').baseline).toBe('Uusi mittari');
    expect(targetByCode('5.1').baseline).toBe('Suunnitelmaa ei ole.');
    expect(targetByCode('5.1').targetLevel.startsWith('10 yhteistyökumppania, joista')).toBe(true);
    expect(targetByCode('5.1').keyActions.startsWith('On laadittu kokonaisselvitys')).toBe(true);
    expect(targetByCode('12.4').keyActions).toContain('kieli- ja kulttuuritietoisesta');
    expect(targetByCode('12.4').metricStatus).toContain('työote-koulutukseen');
    expect(targetByCode('12.5').baseline).toContain('sote-keskus -hankekauteen');
    expect(targetByCode('12.5').baseline).toContain('perhekeskussuunnitteluryhmä työstänyt perhekeskustoimintamallia');
    expect(targetByCode('12.12').keyActions).toContain('Keskeyttämisestä kohtaamiseen -hankkeeseen');
    expect(targetByCode('17.1').keyActions).toContain('Korona-avustuksella');
  });

  it('puts page-break continuations back into their cells', () => {
    expect(targetByCode('8.1').keyActions).toContain('hankittu laajennetun oppivelvollisuuden piirissä oleville');
    expect(targetByCode('8.1').keyActions.endsWith('on valmisteltu.')).toBe(true);
    expect(targetByCode('13.1').keyActions.split('\n\n').at(-1)).toBe(
      'Kaksikielisen opetuksen (englanti) kielikoe siirryttäessä kuudennelta luokalta yläkoulun 7. luokalle ' +
        'Vantaan kansainväliseen kouluun on poistettu.',
    );
  });

  it('reads the verdicts of the report', () => {
    expect(targetByCode('12.12').status).toBe('notAtAll');
    expect(targetByCode('12.4').status).toBe('partially');
    expect(targetByCode('8.1').status).toBe('fully');
  });
});

describe('indicators of the Vantaa 2021 dataset', () => {
  function indicator(code: string, id: string) {
    const found = targetByCode(code).indicators.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`No indicator ${id} on ${code}`);
    return found;
  }
  function valueIn(code: string, id: string, year: number) {
    return indicator(code, id).values.find((point) => point.year === year)?.value;
  }

  it('follows dropouts in vocational education (12.12)', () => {
    expect(valueIn('12.12', 'vantaa-2021-12-12-dropout-rate', 2020)).toBe(13.4);
    expect(valueIn('12.12', 'vantaa-2021-12-12-dropout-rate', 2021)).toBe(19.3);
    expect(valueIn('12.12', 'vantaa-2021-12-12-dropouts', 2020)).toBe(496);
    expect(valueIn('12.12', 'vantaa-2021-12-12-dropouts', 2021)).toBe(609);
    expect(indicator('12.12', 'vantaa-2021-12-12-dropouts')).toMatchObject({
      direction: 'decrease',
      baselineValue: 496,
      targetValue: 446,
    });
    expect(valueIn('12.12', 'vantaa-2021-12-12-dropouts-under-20', 2021)).toBe(194);
  });

  it('follows trained early-childhood-education staff (12.4)', () => {
    expect(indicator('12.4', 'vantaa-2021-12-4-trained-staff')).toMatchObject({
      direction: 'increase',
      baselineValue: 664,
      targetValue: 731,
    });
    expect(valueIn('12.4', 'vantaa-2021-12-4-trained-staff', 2020)).toBe(664);
    expect(valueIn('12.4', 'vantaa-2021-12-4-trained-staff', 2021)).toBe(664 + 188);
    expect(indicator('12.4', 'vantaa-2021-12-4-trained-growth').targetValue).toBe(10);
    expect(valueIn('12.4', 'vantaa-2021-12-4-trained-growth', 2021)).toBe(28.4);
  });

  it('counts new practices (12.3) and remote-teaching models (17.1)', () => {
    expect(valueIn('12.3', 'vantaa-2021-12-3-new-practices', 2021)).toBe(6);
    expect(indicator('12.3', 'vantaa-2021-12-3-new-practices').targetValue).toBe(1);
    expect(indicator('17.1', 'vantaa-2021-17-1-remote-models').values).toEqual([
      { year: 2021, value: 80, note: 'noin' },
    ]);
  });

  it('states only numbers the report prints', () => {
    const printedNumbers = new Set(
      [...seed.matchAll(/\d+(?:,\d+)?/g)].map((match) => Number(match[0].replace(',', '.'))),
    );
    // 12.3 writes its numbers out: "yksi uusi … käytäntö", "toimintamallien määrä on kuusi".
    for (const [word, number] of [['yksi uusi', 1], ['määrä on kuusi', 6]] as const) {
      if (seed.includes(word)) printedNumbers.add(number);
    }
    // Derived, not printed: 496 − 10 % ≈ 446 and 664 + 10 % → 731, 664 + 188 = 852.
    const derived = new Set([446, 731, 852]);
    for (const target of vantaa2021.targets) {
      for (const series of target.indicators) {
        expect(series.id.startsWith(`${target.id}-`), series.id).toBe(true);
        const numbers = [series.baselineValue, series.targetValue, ...series.values.map((point) => point.value)];
        for (const number of numbers) {
          if (number === null || derived.has(number)) continue;
          expect(printedNumbers.has(number), `${series.id}: ${number}`).toBe(true);
        }
      }
    }
  });
});
