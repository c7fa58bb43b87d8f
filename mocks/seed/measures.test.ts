import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { impactFromWord, measureSchema, progressFromWord } from '../../src/domain/measure';
import { vantaa2021 } from './vantaa-2021';
import { measure91, seedMeasures } from './measures';

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const raw = readFileSync(path.resolve(import.meta.dirname, '../../../shared/seeds/003_1d290b41896a770b.txt'), 'utf8');
const seed = collapse(raw);
const seedLines = raw.split(/\r?\n/).map((line) => line.trim());

/** The value on the line after a label such as "Vaikutus", as the tracker prints it. */
function valueAfter(label: string): string {
  return seedLines[seedLines.indexOf(label) + 1] ?? '';
}

/** "22.11.2019" as the ISO date "2019-11-22". */
function isoFromFinnish(date: string): string {
  const [day, month, year] = date.split('.');
  return `${year}-${month}-${day}`;
}

describe('measure 91 seed', () => {
  it('is a valid measure and the only built-in one', () => {
    expect(seedMeasures.map((measure) => measureSchema.parse(measure).id)).toEqual(['measure-91']);
  });

  it('has number, title and sector as written', () => {
    expect(seedLines).toContain(measure91.number);
    expect(seedLines).toContain(measure91.title);
    expect(seedLines).toContain(measure91.sector);
  });

  it('has every paragraph of the description and the official description verbatim', () => {
    for (const paragraph of measure91.description.split('\n\n')) expect(seed).toContain(collapse(paragraph));
    expect(seed).toContain(measure91.officialDescription.label);
    expect(seed).toContain(collapse(measure91.officialDescription.text));
    expect(seed).toContain(`(${measure91.officialDescription.source})`);
  });

  it('has every task with its date, title and text verbatim', () => {
    for (const task of measure91.timeline) {
      const [year, month, day] = task.date.split('-');
      expect(seed).toContain(collapse(`• ${day}.${month}.${year} ${task.title}`));
      for (const paragraph of task.text.split('\n\n').filter(Boolean)) expect(seed).toContain(collapse(paragraph));
    }
  });

  it('marks the tasks under "Mitä on tehty?" done and those under "Mitä on tehtävä?" to do', () => {
    const todoStart = raw.indexOf('Mitä on tehtävä?');
    const dated = [...raw.matchAll(/• (\d{2}\.\d{2}\.\d{4})\s*\n\s*(.+)/g)].filter((match) => raw.indexOf(match[0]) < raw.indexOf('Mittarit'));
    expect(measure91.timeline.map((task) => [task.date, task.title, task.done])).toEqual(
      dated.map((match) => [isoFromFinnish(match[1]!), match[2]!.trim(), (match.index ?? 0) < todoStart]),
    );
  });

  it('has the metric, impact, progress, time span and responsible organisations as written', () => {
    expect(seed).toContain(`Mittarit ${measure91.metrics.join(' ')} Vaikutus`);
    expect(impactFromWord(valueAfter('Vaikutus'))).toBe(measure91.impact);
    expect(progressFromWord(valueAfter('Eteneminen'))).toBe(measure91.progress);
    expect(valueAfter('Aikajänne')).toBe('Vastuuorganisaatiot'); // the source leaves the time span blank
    expect(measure91.timeSpan).toBe('');
    expect(measure91.responsibleOrganisations.join('')).toBe(valueAfter('Vastuuorganisaatiot'));
  });

  it('keeps the contact persons as written, with no invented e-mail or phone', () => {
    const contacts = collapse(raw.slice(raw.indexOf('Yhteyshenkilöt'), raw.indexOf('Tietoja päivitetty')));
    for (const person of measure91.contacts) {
      const written = collapse(['•', person.name, person.name, person.title, person.unit].filter(Boolean).join(' '));
      expect(contacts).toContain(written);
      expect(person.email).toBeUndefined();
      expect(person.phone).toBeUndefined();
    }
    expect(measure91.contacts).toHaveLength((contacts.match(/•/g) ?? []).length);
  });

  it('has the update date of the source', () => {
    expect(seed).toContain('Tietoja päivitetty 20.05.2020');
    expect(measure91.lastUpdated).toBe('2020-05-20');
  });

  it('links only to existing Vantaa 2021 targets and flags the links as illustrative', () => {
    const targetIds = new Set(vantaa2021.targets.map((target) => target.id));
    expect(measure91.linkedTargets.length).toBeGreaterThan(0);
    for (const link of measure91.linkedTargets) {
      expect(link.planId).toBe(vantaa2021.plan.id);
      expect(targetIds.has(link.targetId)).toBe(true);
      expect(link.howItAffects).toMatch(/^Havainnollistava esimerkki:/);
    }
    expect(measure91.illustrativeFields).toEqual(['linkedTargets']);
  });
});
