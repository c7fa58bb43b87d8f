/** Why the demo did not open the dataset the address asked for (mocks/seed/datasets.ts decides). */
export const demoDataset = {
  unknownDataset:
    'Osoitteen aineistoa ”{{value}}” ei ole. Sallitut arvot ovat dataset=default ja dataset=large. Esittely avattiin Vantaan raportilla.',
  notANumber:
    'Osoitteen tavoitteiden määrä n=”{{value}}” ei ole kokonaisluku. Sallittu määrä on {{min}}–{{max}}. Esittely avattiin Vantaan raportilla.',
  tooSmall: 'Osoitteen tavoitteiden määrä n={{value}} on liian pieni. Sallittu määrä on {{min}}–{{max}}. Esittely avattiin Vantaan raportilla.',
  tooLarge: 'Osoitteen tavoitteiden määrä n={{value}} on liian suuri. Sallittu määrä on {{min}}–{{max}}. Esittely avattiin Vantaan raportilla.',
};
