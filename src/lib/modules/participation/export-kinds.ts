// The participation exports staff can download (shared with the browser for the links).
export const EXPORT_KINDS = ['initiatives', 'supports', 'results'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
