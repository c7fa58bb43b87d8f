import { beforeEach, describe, expect, it } from 'vitest';
import type { Measure } from '../../src/domain/measure';
import type { Project } from '../../src/domain/project';
import type { Actor } from '../../src/domain/user';
import { measure91 } from '../seed/measures';
import { seedProjects } from '../seed/projects';
import { vantaa2021 } from '../seed/vantaa-2021';
import { createMemoryStorage } from '../storage/memory-storage';
import { createRecordService, type RecordService } from './record-service';
import type { RecordKind, ServiceStorage } from './storage';

const NOW = '2026-11-23T09:00:00.000Z';
const PEDTECH = '6aika-pedtech';

const people = {
  admin: { id: 'anni-admin', name: 'Anni Admin', role: 'admin' },
  manager: { id: 'maija-manageri', name: 'Maija Manageri', role: 'manager' },
  namedContact: { id: 'katri-kalske', name: 'Katri Kalske', role: 'responsible' },
  otherResponsible: { id: 'timo-aronkyto', name: 'Timo Aronkytö', role: 'responsible' },
  viewer: { id: 'lauri-lautakunta', name: 'Lauri Lautakunta', role: 'viewer' },
} satisfies Record<string, Actor>;

// Katri Kalske is named among the contacts of both records here, so her right comes from the contact list.
const katriAsContact = { name: 'Katri Kalske', title: 'Vastuuhenkilö (kuvitteellinen)' };
const measure: Measure = { ...measure91, contacts: [...measure91.contacts, { ...katriAsContact, unit: 'Kasvatus ja oppiminen' }] };
const pedtech = seedProjects.find((project) => project.id === PEDTECH)!;
const project: Project = { ...pedtech, contacts: [...pedtech.contacts, { ...katriAsContact, email: null, phone: null }] };

const EDITS: Record<RecordKind, { id: string; changes: Record<string, unknown> }> = {
  measures: { id: measure.id, changes: { progress: 'late' } },
  projects: { id: PEDTECH, changes: { goals: 'Uudet tavoitteet.' } },
};

describe('record service: editing measures and projects', () => {
  let storage: ServiceStorage;
  let service: RecordService;
  beforeEach(() => {
    storage = createMemoryStorage([vantaa2021], { measures: [measure], projects: [project] });
    service = createRecordService(storage, { now: () => new Date(NOW) });
  });

  const patch = (kind: RecordKind, body: unknown, actor: Actor = people.manager) => service.update(kind, EDITS[kind].id, body, actor);
  const stored = async <T>(kind: RecordKind) => (await storage.getRecord(kind, EDITS[kind].id)) as unknown as T & { version: number };

  describe.each(['measures', 'projects'] as const)('PATCH %s by role', (kind) => {
    it.each([
      ['an admin', people.admin, 200],
      ['a manager', people.manager, 200],
      ['a responsible person named among the contacts', people.namedContact, 200],
      ['a responsible person not named there', people.otherResponsible, 403],
      ['a viewer', people.viewer, 403],
    ] as const)('answers %s with %i', async (_who, actor, status) => {
      const result = await patch(kind, { baseVersion: 1, editId: `edit-${actor.id}`, changes: EDITS[kind].changes }, actor);
      expect(result.status).toBe(status);
      expect((await stored(kind)).version).toBe(status === 200 ? 2 : 1);
      if (status === 403) expect(result.body).toMatchObject({ error: 'forbidden', message: expect.stringContaining('Sinulla ei ole oikeutta') });
    });
  });

  it('applies a measure edit: version + 1, who and when, and the measure’s own "last updated" day', async () => {
    const result = await patch('measures', { baseVersion: 1, editId: 'e-1', changes: { progress: 'late', metrics: ['Harjoittelupaikkoja 12'] } });
    expect(result.status).toBe(200);
    const expected = { progress: 'late', metrics: ['Harjoittelupaikkoja 12'], version: 2, updatedAt: NOW, updatedBy: 'Maija Manageri', lastUpdated: '2026-11-23' };
    expect(result.body).toMatchObject({ item: expected, appliedVersion: 2 });
    expect(await stored('measures')).toMatchObject(expected);
  });

  it('writes one audit entry per accepted change, with the fields before and after', async () => {
    await patch('measures', { baseVersion: 1, changes: { progress: 'late', impact: 'small' } }, people.namedContact);
    await patch('projects', { baseVersion: 1, changes: { goals: 'Uudet tavoitteet.' } });
    await patch('projects', { baseVersion: 1, changes: { goals: 'Hylätään: vanha versio.' } });

    expect(await storage.listAudit('measure', measure.id)).toEqual([
      {
        id: expect.any(String),
        entity: 'measure',
        entityId: measure.id,
        planId: null,
        at: NOW,
        actorId: 'katri-kalske',
        actorName: 'Katri Kalske',
        version: 2,
        // The unchanged impact is not recorded as a change.
        changes: [{ field: 'progress', before: 'onTime', after: 'late' }],
      },
    ]);
    const projectAudit = await storage.listAudit('project', PEDTECH);
    expect(projectAudit).toHaveLength(1);
    expect(projectAudit[0]).toMatchObject({ version: 2, actorName: 'Maija Manageri', changes: [{ field: 'goals', before: project.goals, after: 'Uudet tavoitteet.' }] });
  });

  it('answers 409 with the server copy when the version has moved on, changing nothing', async () => {
    await patch('measures', { baseVersion: 1, changes: { progress: 'late' } });
    const result = await patch('measures', { baseVersion: 1, changes: { progress: 'completed' } }, people.admin);
    expect(result.status).toBe(409);
    expect(result.body).toMatchObject({ error: 'conflict', message: expect.stringMatching(/^Toimenpidettä on muutettu/), current: { version: 2, progress: 'late' } });
    expect(await stored<Measure>('measures')).toMatchObject({ version: 2, progress: 'late' });
    expect(await storage.listAudit('measure', measure.id)).toHaveLength(1);
  });

  it('applies a resent edit only once and answers with the version it produced', async () => {
    const edit = { baseVersion: 1, editId: 'resent-1', changes: { goals: 'Kerran.' } };
    const first = await patch('projects', edit);
    await patch('projects', { baseVersion: 2, changes: { coordinator: 'Kollega' } }, people.admin);
    const again = await patch('projects', edit);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ appliedVersion: 2, item: { version: 3, goals: 'Kerran.', coordinator: 'Kollega' } });
    expect(await storage.listAudit('project', PEDTECH)).toHaveLength(2);
  });

  it('answers 422 with one error per refused field and changes nothing', async () => {
    const result = await patch('measures', {
      baseVersion: 1,
      changes: { progress: 'melkein', description: 'x'.repeat(10_001), number: '92', timeline: [{ id: 't', date: '1.1.2026', title: '', text: '', done: false }] },
    });
    expect(result.status).toBe(422);
    expect((result.body as { fieldErrors: unknown[] }).fieldErrors).toEqual(
      expect.arrayContaining([
        { field: 'progress', code: 'invalidValue' },
        { field: 'description', code: 'tooLong', limit: 10_000 },
        { field: 'number', code: 'unknownField' },
        { field: 'timeline.0.date', code: 'invalid' },
        { field: 'timeline.0.title', code: 'required' },
      ]),
    );
    expect((await stored('measures')).version).toBe(1);
    expect(await storage.listAudit('measure', measure.id)).toEqual([]);
  });

  it('refuses a body with no base version, no changes or that is not an object', async () => {
    expect((await patch('projects', { changes: { goals: 'x' } })).status).toBe(422);
    expect((await patch('projects', { baseVersion: 1, changes: {} })).status).toBe(422);
    expect((await patch('projects', 'not an object')).status).toBe(422);
  });

  it('re-checks the own-financing rule of a changed budget', async () => {
    const budget = { ...project.budget!, ownFinancingPercent: 25 };
    const wrong = await patch('projects', { baseVersion: 1, changes: { budget } });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ fieldErrors: [{ field: 'budget.ownFinancingAmount', code: 'invalid' }] });

    const right = await patch('projects', { baseVersion: 1, changes: { budget: { ...budget, ownFinancingAmount: 77_448 } } });
    expect(right.status).toBe(200);
    expect(right.body).toMatchObject({ item: { budget: { ownFinancingPercent: 25, ownFinancingAmount: 77_448 } } });
  });

  it('refuses a period that ends before it starts and links to targets that do not exist', async () => {
    const period = { ...project.period, start: '2022-01-01', end: '2021-01-01' };
    const badPeriod = await patch('projects', { baseVersion: 1, changes: { period } });
    expect(badPeriod.body).toMatchObject({ fieldErrors: [{ field: 'period.end', code: 'invalid' }] });

    const links = [{ planId: 'vantaa-kasvatus-2021', targetId: 'ei-ole', howItAffects: '' }];
    const badLink = await patch('measures', { baseVersion: 1, changes: { linkedTargets: links } });
    expect(badLink.status).toBe(422);
    expect(badLink.body).toMatchObject({ fieldErrors: [{ field: 'linkedTargets.0.targetId', code: 'invalidValue' }] });

    const wrongCode = [{ ...project.linkedTargets[0]!, targetCode: '99.9' }];
    expect((await patch('projects', { baseVersion: 1, changes: { linkedTargets: wrongCode } })).body).toMatchObject({
      fieldErrors: [{ field: 'linkedTargets.0.targetCode', code: 'invalidValue' }],
    });
  });

  it('lets only managers and admins change the contacts, which decide who may edit', async () => {
    const contacts = [{ name: 'Timo Aronkytö', title: '', unit: '' }];
    expect((await patch('measures', { baseVersion: 1, changes: { contacts } }, people.namedContact)).status).toBe(403);
    expect((await patch('measures', { baseVersion: 1, changes: { contacts } }, people.manager)).status).toBe(200);
    expect((await patch('measures', { baseVersion: 2, changes: { progress: 'late' } }, people.namedContact)).status).toBe(403);
    expect((await patch('measures', { baseVersion: 2, changes: { progress: 'late' } }, people.otherResponsible)).status).toBe(200);
  });

  it('answers 404 for a record that does not exist', async () => {
    expect((await service.update('measures', 'ei-ole', { baseVersion: 1, changes: { progress: 'late' } }, people.admin)).status).toBe(404);
    expect((await service.update('projects', 'ei-ole', { baseVersion: 1, changes: { goals: 'x' } }, people.admin)).body).toMatchObject({
      error: 'notFound',
    });
  });

  it('lets only one of two simultaneous edits of the same version through', async () => {
    const results = await Promise.all([
      patch('measures', { baseVersion: 1, changes: { progress: 'late' } }, people.admin),
      patch('measures', { baseVersion: 1, changes: { progress: 'completed' } }, people.manager),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
  });
});
