import { es } from './es.ts';
import { en } from './en.ts';
import { pt } from './pt.ts';

export type { CoreStringKey } from './es.ts';
export const coreStrings = { es, en, pt };
