import type { apiClient } from './client';

export type ApiClient = typeof apiClient;

/**
 * The API client on demand. Showing what is already on this device needs neither it nor the
 * response validation it brings, so the first view loads it only when it must ask the server.
 */
export const loadApiClient = (): Promise<ApiClient> => import('./client').then((module) => module.apiClient);
