import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { adminClient } from '../../api/admin-client';
import type { NewUserRequest } from '../../api/contract-admin';
import { useSessionStore } from '../../api/session-store';
import type { Role } from '../../domain/user';

const adminUserKeys = { all: ['admin', 'users'] as const };

/** Every person and their role, straight from the server: managing people is online only. */
export const adminUsersQuery = () => queryOptions({ queryKey: adminUserKeys.all, queryFn: () => adminClient.listUsers() });

export const useAdminUsers = () => useQuery(adminUsersQuery());

/** Changes a person's role; when it is the signed-in person, the app learns the new role at once. */
export function useChangeRole() {
  const queryClient = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: ({ userId, role }: { userId: string; role: Role }) => adminClient.updateUser(userId, { role }),
    onSuccess: ({ user }) => {
      const session = useSessionStore.getState();
      if (session.token && session.user?.id === user.id) session.signedIn({ token: session.token, user });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });
}

export function useAddUser() {
  const queryClient = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: (person: NewUserRequest) => adminClient.addUser(person),
    // The sign-in page lists people too.
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['admin'] }), queryClient.invalidateQueries({ queryKey: ['session'] })]),
  });
}

/** Sets a person's password on the real server; nothing cached changes, so nothing is invalidated. */
export function useSetPassword() {
  return useMutation({
    networkMode: 'always',
    mutationFn: ({ userId, password }: { userId: string; password: string }) => adminClient.setPassword(userId, password),
  });
}
