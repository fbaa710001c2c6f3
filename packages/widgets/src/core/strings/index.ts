// The strings every element shares. Spanish is always here; English and Portuguese are loaded
// by the pages that show them.
import type { StringLoader } from '../localize.ts';
import { es, type CoreStringKey } from './es.ts';

export type { CoreStringKey } from './es.ts';
export const coreStrings: { es: typeof es; en: StringLoader<CoreStringKey>; pt: StringLoader<CoreStringKey> } = {
  es,
  en: () => import('./en.ts'),
  pt: () => import('./pt.ts'),
};
