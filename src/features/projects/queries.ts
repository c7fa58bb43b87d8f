import { useQuery } from '@tanstack/react-query';
import { projectsQuery } from '../../offline/queries';

/** Every project of the portfolio, from the local copy (so the list and the detail share one cache entry). */
export const useProjects = () => useQuery(projectsQuery());
