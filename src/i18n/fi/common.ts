export const app = {
  name: 'Tavoitevahti',
  tagline: 'Sitovien tavoitteiden seuranta',
  skipToContent: 'Siirry sisältöön',
  language: 'Kieli',
  nav: {
    targets: 'Sitovat tavoitteet',
    measures: 'Toimenpiteet',
    projects: 'Hankkeet',
    myTargets: 'Omat tavoitteet',
    users: 'Käyttäjät',
  },
  mainNavigation: 'Päävalikko',
  footer: {
    label: 'Sivuston tiedot',
    accessibility: 'Saavutettavuusseloste',
  },
  demoNotice: 'Esittelytila: tiedot tallentuvat vain tähän selaimeen.',
};

export const status = {
  fully: 'Toteutuu täysin',
  partially: 'Toteutuu osittain',
  notAtAll: 'Ei toteudu lainkaan',
  notAssessed: 'Ei arvioitu',
};

export const plan = {
  period: 'Seurantajakso {{period}}',
  reportDate: 'Raportin päivämäärä {{date}}',
  illustrative: 'Havainnollistava aineisto, ei todellisia tietoja.',
};

export const planNav = {
  label: 'Suunnitelman osiot',
  targets: 'Tavoitteet',
  summary: 'Yhteenveto',
  report: 'Raportti',
  transfer: 'Vienti ja tuonti',
  switchPlan: 'Suunnitelma',
  illustrative: 'havainnollistava',
  review: 'Arviointijono',
  structure: 'Rakenne',
};

export const state = {
  loading: 'Ladataan…',
  retry: 'Yritä uudelleen',
  errorTitle: 'Tietoja ei voitu ladata',
  network: 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
  forbidden: 'Roolisi ei salli tätä toimintoa.',
  unauthorized: 'Istuntosi on päättynyt. Kirjaudu uudelleen.',
  server: 'Palvelimella tapahtui virhe. Yritä hetken kuluttua uudelleen.',
  invalidResponse: 'Palvelimen vastaus oli odottamattoman muotoinen, joten tietoja ei näytetä. Yritä uudelleen tai ota yhteyttä ylläpitoon.',
  notFound: 'Hakemaasi tietoa ei löytynyt. Se on ehkä poistettu tai osoite on väärä.',
  unknown: 'Tapahtui odottamaton virhe. Yritä uudelleen.',
  pageNotFound: 'Sivua ei löytynyt',
  toFrontPage: 'Etusivulle',
  noPlans: 'Yhtään suunnitelmaa ei ole vielä tallennettu.',
};

export const fields = {
  title: 'Tavoite',
  metric: 'Mittari',
  baseline: 'Lähtötaso',
  targetLevel: 'Tavoitetaso',
  responsiblePersons: 'Vastuuhenkilöt',
  reportingResponsible: 'Raportointivastuu',
  keyActions: 'Keskeiset toimenpiteet',
  metricStatus: 'Mittarien tilanne',
  status: 'Tila',
  indicators: 'Mittarien luvut',
};

export const staleness = {
  due: 'Päivitys erääntynyt',
  stale: 'Vanhentunut',
  since_one: 'päivitetty {{count}} päivä sitten',
  since_other: 'päivitetty {{count}} päivää sitten',
  filter: 'Vain päivitystä odottavat',
  filterHint: 'Suunnitelman sääntö: päivitys {{interval}} päivän välein, vanhentunut {{stale}} päivän jälkeen.',
  summaryTitle: 'Päivitysten ajantasaisuus',
  summary: 'Päivitystä odottaa {{overdue}} / {{total}} tavoitetta, joista {{stale}} on vanhentunut (yli {{days}} päivää päivittämättä).',
  showOverdue: 'Näytä päivitystä odottavat tavoitteet',
};
