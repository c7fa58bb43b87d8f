import type { Messages } from '../messages';

export const edit: Messages['edit'] = {
  open: 'Uppdatera framstegen',
  title: 'Uppdatera framstegen för mål {{code}}',
  status: 'Status',
  metricStatus: 'Mätarnas läge',
  keyActions: 'Centrala åtgärder',
  indicatorValues: 'Mätarnas siffror för {{year}}',
  indicatorValue: '{{label}} ({{unit}})',
  indicatorHint: 'Decimaler med komma, t.ex. 13,4. Ett tomt fält tar bort årets värde.',
  characters: '{{length}} / {{max}} tecken',
  save: 'Spara',
  cancel: 'Avbryt',
  saved: 'Ändringen har sparats på den här enheten och skickas till servern när förbindelsen fungerar.',
  noChanges: 'Du ändrade ingenting, så inget sparades.',
  fixErrors: 'Det gick inte att spara: rätta de markerade fälten.',
  storageFull:
    'Enhetens lagringsutrymme är fullt, så ändringen sparades INTE. Den finns bara på den här sidan: stäng inte sidan, frigör utrymme och spara igen.',
  saveFailed: 'Ändringen kunde inte sparas på den här enheten. Försök igen.',
  errors: {
    required: 'Uppgiften är obligatorisk.',
    tooLong: 'Texten är för lång: högst {{limit}} tecken. Förkorta texten.',
    tooShort: 'Texten är för kort.',
    invalidValue: 'Välj ett av alternativen.',
    unknownField: 'Uppgiften kan inte ändras.',
    invalid: 'Värdet duger inte.',
    notANumber: 'Skriv ett tal, t.ex. 13,4.',
  },
};

export const conflict: Messages['conflict'] = {
  title: 'Konflikt: någon ändrade målet samtidigt',
  explanation:
    '{{name}} sparade en nyare version på servern {{time}}. Båda versionerna finns kvar. Välj fält för fält vilken som gäller.',
  field: 'Fält',
  mine: 'Min ändring',
  theirs: 'Serverns version ({{name}})',
  keepMine: 'Min',
  keepTheirs: 'Serverns',
  allMine: 'Välj alla mina',
  allTheirs: 'Välj alla serverns',
  resolve: 'Spara valen',
  resolved: 'Dina val har sparats och skickas till servern.',
  choiceFor: 'Val för fältet {{field}}',
};
