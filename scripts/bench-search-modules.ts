// What scripts/bench-search.ts times, loaded through Vite (the modules import fonts and use
// TypeScript that plain Node does not strip): the registry, its demo office and the site search.
export { manifests, loadDemoOffice } from '../src/lib/modules/registry.server.ts';
export { searchEverything } from '../src/lib/modules/search/queries.server.ts';
export { searchKey } from '../src/lib/i18n/script.ts';
export { runSearchStatement } from '../src/lib/server/search.ts';
