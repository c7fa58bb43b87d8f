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
  partialNotice:
    'Pitkästä listasta näytetään kerrallaan vain näkyvissä olevat rivit, joten selaimen haku (Ctrl+F) ja tulostus eivät näe kaikkia. Raportti näyttää koko listan samoin suodattimin.',
  partialNoticeLink: 'Avaa koko lista raporttina',
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

export const syncMarker = {
  pending: 'Tallentamatta palvelimelle',
  failed: 'Tallennus epäonnistui',
  conflict: 'Ristiriita',
};
