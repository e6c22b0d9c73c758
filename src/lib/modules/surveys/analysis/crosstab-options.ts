// What a cross-tabulation can be broken down by, shared by the server and the page's form.

/** The demographics a question can be cross-tabulated by, each a column of the response. */
export const CROSS_DEMOGRAPHICS = ['age_band', 'gender', 'area_type', 'occupation', 'settlement'] as const;
export type CrossDemographic = (typeof CROSS_DEMOGRAPHICS)[number];
