import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Language } from './languages';

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

/** The reader's chosen UI language, remembered across visits. Finnish by default. */
export const useLanguageStore = create<LanguageState>()(
  persist(
    (set) => ({
      language: 'fi',
      setLanguage: (language) => set({ language }),
    }),
    { name: 'tavoitevahti.language' },
  ),
);
