// natural's per-file modules ship no type declarations; we import only these
// (the package root pulls in database clients: see TOOLCHAIN.md).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_no.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/util/stopwords_no.js' {
  export const words: string[];
}
