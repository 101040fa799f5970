// The package's class file on its own (see readability.ts); it sets `module.exports = Readability`.
declare module '@mozilla/readability/Readability.js' {
  const Readability: typeof import('@mozilla/readability').Readability;
  export default Readability;
}
