// The one Drizzle schema: core tables plus every module's tables.
// Relative imports only: drizzle-kit loads this file outside Vite.
export * from './core-schema.ts';
export * from '../../modules/pages/schema.ts';
export * from '../../modules/media/schema.ts';
export * from '../../modules/news/schema.ts';
export * from '../../modules/opportunities/schema.ts';
export * from '../../modules/documents/schema.ts';
export * from '../../modules/contact/schema.ts';
export * from '../../modules/events/schema.ts';
export * from '../../modules/registrations/schema.ts';
export * from '../../modules/attendance/schema.ts';
export * from '../../modules/action-plan/schema.ts';
export * from '../../modules/surveys/schema.ts';
export * from '../../modules/organisations/schema.ts';
export * from '../../modules/privacy/schema.ts';
export * from '../../modules/participation/schema.ts';
export * from '../../modules/council/schema.ts';
export * from '../../modules/volunteering/schema.ts';
export * from '../../modules/reports/schema.ts';
export * from '../../modules/calls/schema.ts';
