export const demoDataset = {
  unknownDataset:
    'Datamängden ”{{value}}” i adressen finns inte. Tillåtna värden är dataset=default och dataset=large. Demon öppnades med Vanda stads rapport.',
  notANumber:
    'Antalet mål n=”{{value}}” i adressen är inte ett heltal. Tillåtet antal är {{min}}–{{max}}. Demon öppnades med Vanda stads rapport.',
  tooSmall: 'Antalet mål n={{value}} i adressen är för litet. Tillåtet antal är {{min}}–{{max}}. Demon öppnades med Vanda stads rapport.',
  tooLarge: 'Antalet mål n={{value}} i adressen är för stort. Tillåtet antal är {{min}}–{{max}}. Demon öppnades med Vanda stads rapport.',
};
