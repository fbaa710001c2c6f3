// The strings every element shares, in each language the contract serves content in (its
// `Lang`). Spanish is always here; English and Portuguese are loaded by the pages that show them.
import type { Lang } from '@ventanilla/protocol';
import type { StringLoader } from '../localize.ts';
import { es, type CoreStringKey } from './es.ts';

export type { CoreStringKey } from './es.ts';
export const coreStrings: { es: typeof es } & Record<Exclude<Lang, 'es'>, StringLoader<CoreStringKey>> = {
  es,
  en: () => import('./en.ts'),
  pt: () => import('./pt.ts'),
};
