/** The statement's facts that are the same in every language. */
export const STATEMENT = {
  /** When the statement was first written and last changed, and when accessibility was last assessed. */
  createdOn: '2026-11-23',
  updatedOn: '2026-11-23',
  assessedOn: '2026-11-23',
  /** The reserved .example domain: a municipality deploying the app must put its own address here. */
  feedbackEmail: 'saavutettavuuspalaute@kunta.example',
  // Supervision of the Act on the Provision of Digital Services moved from the Regional State
  // Administrative Agency for Southern Finland to Traficom on 1.1.2025 (government proposal HE 71/2024).
  authorityEmail: 'saavutettavuus@traficom.fi',
  authorityPhone: '+358295345000',
} as const;

/** The known shortcomings the statement lists, in the order shown. */
export const KNOWN_GAPS = ['charts', 'pdf', 'exports'] as const;
