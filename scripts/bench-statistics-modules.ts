// What scripts/bench-statistics.ts times, loaded through Vite (the modules import fonts and use
// TypeScript that plain Node does not strip): the registry, the statistics and the annual report.
export { manifests } from '../src/lib/modules/registry.server.ts';
export { collectStatistics, getOfficeStatistics } from '../src/lib/modules/reports/queries.server.ts';
export { periodBounds, yearPeriod } from '../src/lib/modules/reports/period.ts';
export { exportAnnualReportForStaff } from '../src/lib/modules/reports/annual-document.server.ts';
export { createPerson, contextOf } from '../src/lib/server/testing/factories.ts';
