// Vite's `?raw` imports, used by the seed-page story.
declare module '*?raw' {
  const text: string;
  export default text;
}
