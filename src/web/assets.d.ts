declare module '*.afm' {
  const text: string;
  export default text;
}
declare module '*.icc' {
  const bytes: Uint8Array;
  export default bytes;
}
declare module 'buffer/' {
  export { Buffer } from 'node:buffer';
}
declare module 'process/browser.js' {
  const process: NodeJS.Process;
  export default process;
}
