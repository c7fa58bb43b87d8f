import type { User } from '../../src/domain/user';

/**
 * The demo's people. The three responsible persons are named in the Vantaa 2021 report; the manager,
 * the board member and the admin are ILLUSTRATIVE, added so every role can be tried.
 */
export const demoUsers: readonly User[] = [
  { id: 'katri-kalske', name: 'Katri Kalske', title: 'Vastuuhenkilö, kasvatuksen ja oppimisen toimiala', role: 'responsible' },
  { id: 'timo-aronkyto', name: 'Timo Aronkytö', title: 'Vastuuhenkilö, kasvatuksen ja oppimisen toimiala', role: 'responsible' },
  { id: 'riikka-astrand', name: 'Riikka Åstrand', title: 'Vastuuhenkilö, kasvatuksen ja oppimisen toimiala', role: 'responsible' },
  { id: 'maija-manageri', name: 'Maija Manageri', title: 'Strategiapäällikkö', role: 'manager', illustrative: true },
  { id: 'lauri-lautakunta', name: 'Lauri Lautakunta', title: 'Lautakunnan jäsen', role: 'viewer', illustrative: true },
  { id: 'anni-admin', name: 'Anni Admin', title: 'Järjestelmän pääkäyttäjä', role: 'admin', illustrative: true },
];

export const DEMO_MANAGER_ID = 'maija-manageri';
