export const list = {
  title: 'Sitovat tavoitteet',
  summary: 'Tavoitteiden tila',
  summaryTotal: '{{count}} tavoitetta yhteensä',
  showing: 'Näytetään {{shown}} / {{total}} tavoitetta',
  theme: 'Teema',
  goal: 'Strateginen tavoite {{number}}. {{title}}',
  columns: {
    target: 'Sitova tavoite',
    metric: 'Mittari',
    baseline: 'Lähtötaso',
    targetLevel: 'Tavoitetaso',
    responsible: 'Vastuuhenkilö(t)',
    metricStatus: 'Mittarien tilanne',
    status: 'Tila',
  },
  openTarget: 'Avaa tavoite {{code}}',
  showMore: 'Näytä lisää',
  showLess: 'Näytä vähemmän',
  noResults: 'Yksikään tavoite ei vastaa valittuja suodattimia.',
  noTargets: 'Suunnitelmassa ei ole vielä tavoitteita.',
  clearFilters: 'Tyhjennä suodattimet',
};

export const filters = {
  title: 'Suodata tavoitteita',
  search: 'Haku',
  searchHint: 'Hakee kaikista tekstikentistä',
  status: 'Tila',
  theme: 'Teema',
  goal: 'Strateginen tavoite',
  person: 'Vastuuhenkilö',
  all: 'Kaikki',
};

export const detail = {
  back: 'Takaisin tavoitelistaan',
  code: 'Tavoite {{code}}',
  fields: 'Tavoitteen tiedot',
  reportingResponsible: 'raportointivastuu: {{name}}',
  keyActions: 'Keskeiset toimenpiteet',
  metricStatus: 'Mittarien tilanne',
  indicators: 'Mittarien luvut',
  indicatorCaption: '{{label}} ({{direction}})',
  year: 'Vuosi',
  value: 'Arvo',
  note: 'Huomautus',
  baselineValue: 'Lähtötaso',
  targetValue: 'Tavoitetaso',
  direction: {
    increase: 'tavoitteena kasvu',
    decrease: 'tavoitteena lasku',
  },
  noIndicators: 'Tavoitteelle ei ole kirjattu lukuarvoja.',
  lastUpdated: 'Päivitetty viimeksi {{date}}, {{name}}',
  version: 'Versio {{version}}',
  empty: 'Ei kirjattu',
};

export const edit = {
  open: 'Päivitä edistyminen',
  title: 'Päivitä tavoitteen {{code}} edistyminen',
  status: 'Tila',
  metricStatus: 'Mittarien tilanne',
  keyActions: 'Keskeiset toimenpiteet',
  indicatorValues: 'Mittarien luvut vuodelta {{year}}',
  indicatorValue: '{{label}} ({{unit}})',
  indicatorHint: 'Desimaalit pilkulla, esim. 13,4. Tyhjä kenttä poistaa vuoden arvon.',
  characters: '{{length}} / {{max}} merkkiä',
  save: 'Tallenna',
  cancel: 'Peruuta',
  saved: 'Muutos on tallennettu tälle laitteelle ja lähetetään palvelimelle, kun yhteys toimii.',
  noChanges: 'Et muuttanut mitään, joten mitään ei tallennettu.',
  fixErrors: 'Tallennus ei onnistunut: korjaa merkityt kentät.',
  storageFull:
    'Laitteen tallennustila on täynnä, joten muutosta EI tallennettu. Se on vain tällä sivulla: älä sulje sivua, vapauta tilaa ja tallenna uudelleen.',
  saveFailed: 'Muutosta ei voitu tallentaa tälle laitteelle. Yritä uudelleen.',
  errors: {
    required: 'Tämä tieto on pakollinen.',
    tooLong: 'Teksti on liian pitkä: enintään {{limit}} merkkiä. Lyhennä tekstiä.',
    tooShort: 'Teksti on liian lyhyt.',
    invalidValue: 'Valitse jokin annetuista vaihtoehdoista.',
    unknownField: 'Tätä tietoa ei voi muuttaa.',
    invalid: 'Arvo ei kelpaa.',
    notANumber: 'Kirjoita luku, esim. 13,4.',
  },
};

export const syncMarker = {
  pending: 'Tallentamatta palvelimelle',
  failed: 'Tallennus epäonnistui',
  conflict: 'Ristiriita',
};

export const conflict = {
  title: 'Ristiriita: joku muutti tätä tavoitetta samaan aikaan',
  explanation:
    '{{name}} tallensi palvelimelle uudemman version {{time}}. Molemmat versiot on tallessa. Valitse kentittäin, kumpi jää voimaan.',
  field: 'Kenttä',
  mine: 'Oma muutokseni',
  theirs: 'Palvelimen versio ({{name}})',
  keepMine: 'Oma',
  keepTheirs: 'Palvelimen',
  allMine: 'Valitse kaikki omat',
  allTheirs: 'Valitse kaikki palvelimen',
  resolve: 'Tallenna valinnat',
  resolved: 'Valintasi on tallennettu ja lähetetään palvelimelle.',
  choiceFor: 'Valinta kentälle {{field}}',
};
