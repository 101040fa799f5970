// Readability without its `isProbablyReaderable` helper: the package's index bundles both as CommonJS,
// so the content script (60 KB budget) would carry the helper (~1.3 KB) it never calls.
export { default as Readability } from '@mozilla/readability/Readability.js';
