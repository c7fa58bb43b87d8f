import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownFinancingCheck, projectSchema } from '../../src/domain/project';
import { seedProjects } from './projects';

const SEEDS = path.resolve(import.meta.dirname, '../../../shared/seeds');
/** Whitespace (also no-break spaces and the extraction's line breaks) collapsed to one space. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const read = (file: string) => normalise(readFileSync(path.join(SEEDS, file), 'utf8'));
const portfolioText = read('000_1ee7887646fb9ed4.txt');
const proposalText = read('001_137a1511c8f9a8e0.txt');
const allText = `${portfolioText} ${proposalText}`;

const pedtech = seedProjects.find((project) => project.name === '6Aika: PEdTech');
const portfolio = seedProjects.filter((project) => project !== pedtech);

describe('seed projects', () => {
  it('parses every project with the schema and gives each its own id', () => {
    for (const project of seedProjects) expect(() => projectSchema.parse(project), project.id).not.toThrow();
    expect(new Set(seedProjects.map((project) => project.id)).size).toBe(seedProjects.length);
  });

  it('holds at least ten projects of the portfolio and the PEdTech proposal', () => {
    expect(portfolio.length).toBeGreaterThanOrEqual(10);
    expect(pedtech).toBeDefined();
  });

  it('copies every portfolio text verbatim from the portfolio page', () => {
    for (const project of portfolio) {
      const texts = [
        project.name,
        project.sector,
        project.period.asWritten,
        ...project.funders,
        ...project.partners,
        ...(project.coordinator ? [project.coordinator] : []),
        ...project.goals.split('\n'),
        ...project.contacts.flatMap((contact) => [contact.name, contact.title, contact.email ?? '', contact.phone ?? '']),
      ];
      for (const text of texts) expect(portfolioText, `${project.id}: ${text}`).toContain(normalise(text));
    }
  });

  it('copies the PEdTech texts verbatim from the proposal', () => {
    if (!pedtech) throw new Error('PEdTech missing');
    const texts = [
      pedtech.name,
      pedtech.period.asWritten,
      pedtech.coordinator ?? '',
      pedtech.goals,
      pedtech.decisionReference ?? '',
      pedtech.budget?.totalAsWritten ?? '',
      ...pedtech.partners,
      ...pedtech.contacts.flatMap((contact) => [contact.name, contact.title, contact.email ?? '', contact.phone ?? '']),
    ];
    for (const text of texts) expect(proposalText, text).toContain(normalise(text));
    for (const funder of pedtech.funders) expect(allText, funder).toContain(funder);
    expect(proposalText).toContain('Hämeen ELY-keskus');
  });

  it('states the PEdTech budget as written, with 30 % of the city share matching 92 938 €', () => {
    const budget = pedtech?.budget;
    if (!budget) throw new Error('PEdTech has no budget');
    expect(pedtech.decisionReference).toBe('HEL 2019-009918 T 02 05 02');
    expect(proposalText).toContain('yhteensä 309 792 €');
    expect(proposalText).toContain('Kaupungin omarahoitusosuus (30 %) on 92 938 €');
    expect(budget).toMatchObject({ cityShare: 309_792, ownFinancingPercent: 30, ownFinancingBase: 'cityShare', ownFinancingAmount: 92_938 });
    expect(ownFinancingCheck(budget)).toMatchObject({ computed: 92_938, stated: 92_938, matches: true });
  });

  it('marks every link to a target as illustrative, since no source links a project to a target', () => {
    const links = seedProjects.flatMap((project) => project.linkedTargets);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => link.illustrative)).toBe(true);
  });
});
