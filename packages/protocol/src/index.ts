export * from './types.ts';
export * from './opening-hours.ts';
