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
