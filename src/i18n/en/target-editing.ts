import type { Messages } from '../messages';

export const edit: Messages['edit'] = {
  open: 'Update progress',
  title: 'Update the progress of target {{code}}',
  status: 'Status',
  metricStatus: 'Metric status',
  keyActions: 'Key actions',
  indicatorValues: 'Figures for {{year}}',
  indicatorValue: '{{label}} ({{unit}})',
  indicatorHint: 'Decimals with a comma or a point, e.g. 13,4. An empty field removes the year’s value.',
  characters: '{{length}} / {{max}} characters',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'The change is saved on this device and will be sent to the server when the connection works.',
  noChanges: 'You changed nothing, so nothing was saved.',
  fixErrors: 'Could not save: correct the marked fields.',
  storageFull:
    'This device’s storage is full, so the change was NOT saved. It exists only on this page: do not close it, free some space and save again.',
  saveFailed: 'The change could not be saved on this device. Try again.',
  errors: {
    required: 'This is required.',
    tooLong: 'The text is too long: at most {{limit}} characters. Shorten it.',
    tooShort: 'The text is too short.',
    invalidValue: 'Choose one of the options.',
    unknownField: 'This cannot be changed.',
    invalid: 'The value is not valid.',
    notANumber: 'Write a number, e.g. 13.4.',
  },
};

export const conflict: Messages['conflict'] = {
  title: 'Conflict: someone changed this target at the same time',
  explanation:
    '{{name}} saved a newer version on the server {{time}}. Both versions are kept. Choose field by field which one stands.',
  field: 'Field',
  mine: 'My change',
  theirs: 'Server version ({{name}})',
  keepMine: 'Mine',
  keepTheirs: 'Server’s',
  allMine: 'Choose all mine',
  allTheirs: 'Choose all the server’s',
  resolve: 'Save my choices',
  resolved: 'Your choices are saved and will be sent to the server.',
  choiceFor: 'Choice for {{field}}',
};
