declare module 'xhr2' {
  /** A Node implementation of the browser's XMLHttpRequest. */
  const XMLHttpRequest: unknown;
  export default XMLHttpRequest;
}
