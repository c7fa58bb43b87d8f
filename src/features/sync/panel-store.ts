import { create } from 'zustand';

/** The header's status button and the panel it opens are one of a kind, so their ids are fixed. */
export const SYNC_BUTTON_ID = 'sync-status-button';
export const SYNC_PANEL_ID = 'sync-panel';

interface SyncPanelState {
  open: boolean;
  setOpen: (open: boolean) => void;
}

/** Whether the panel of unsynced edits is open: UI state shared by the header button and the panel. */
export const useSyncPanelStore = create<SyncPanelState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));

/** Closes the panel and puts focus back on the button that opened it. */
export function closeSyncPanel(): void {
  useSyncPanelStore.getState().setOpen(false);
  document.getElementById(SYNC_BUTTON_ID)?.focus();
}
