// The one Drizzle schema: core tables plus every module's tables.
// Relative imports only: drizzle-kit loads this file outside Vite.
export * from './core-schema.ts';
export * from '../../modules/pages/schema.ts';
