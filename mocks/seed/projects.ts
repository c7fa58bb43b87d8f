import type { Project } from '../../src/domain/project';

/** The built-in projects. BEING BUILT (issue 5): the seed portfolio and the PEdTech proposal, verbatim. */
export const seedProjects: Project[] = [];
