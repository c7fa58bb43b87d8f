export const demoDataset = {
  unknownDataset:
    'The address names a dataset “{{value}}” that does not exist. Allowed values are dataset=default and dataset=large. The demo opened with the Vantaa report.',
  notANumber:
    'The number of targets n=“{{value}}” in the address is not a whole number. The allowed number is {{min}}–{{max}}. The demo opened with the Vantaa report.',
  tooSmall: 'The number of targets n={{value}} in the address is too small. The allowed number is {{min}}–{{max}}. The demo opened with the Vantaa report.',
  tooLarge: 'The number of targets n={{value}} in the address is too large. The allowed number is {{min}}–{{max}}. The demo opened with the Vantaa report.',
};
