// Values the schemas are built from that modules without schema code need too (a constant imported from a
// schema module would bring the schemas into every bundle that names it).

/** The categories a cookie is put in, in display order. */
export const COOKIE_CATEGORIES = ['essential', 'functional', 'analytics', 'marketing', 'unknown'] as const;

// A replaced copy leaves one small line of history; twenty is years of policy updates.
export const MAX_HISTORY = 20;
