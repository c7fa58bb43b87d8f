import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { User } from '../domain/user';

interface SessionState {
  /** The bearer token the API issued; null when signed out or when the server said it is no longer valid. */
  token: string | null;
  /** Who is signed in. Kept after the token expires, so their unsynced edits still have an owner. */
  user: User | null;
  /** The server refused the token (401): the person must sign in again; their edits wait. */
  expired: boolean;
  signedIn: (session: { token: string; user: User }) => void;
  signedOut: () => void;
  expire: () => void;
}

/**
 * The signed-in person, remembered across reloads and while offline (the app must open without a
 * network). The token is sent with every API request; the server decides what it allows.
 */
export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      user: null,
      expired: false,
      signedIn: ({ token, user }) => set({ token, user, expired: false }),
      signedOut: () => set({ token: null, user: null, expired: false }),
      expire: () => set((state) => (state.token ? { token: null, expired: true } : state)),
    }),
    { name: 'tavoitevahti.session' },
  ),
);

/** The signed-in user, for non-React code (the sync engine). */
export const currentUser = (): User | null => useSessionStore.getState().user;
