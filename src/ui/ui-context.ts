import { createContext, useContext } from 'react';
import type { ColorLevel } from '../render/color.js';

/** What every component may read: the colour level and the terminal size. */
export type UiSettings = { readonly colorLevel: ColorLevel; readonly columns: number; readonly rows: number };

export const UiContext = createContext<UiSettings>({ colorLevel: 'none', columns: 80, rows: 24 });

/** The colour level and terminal size from the nearest App. */
export function useUi(): UiSettings {
  return useContext(UiContext);
}
