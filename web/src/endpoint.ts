/** Where the page sends uploads. No DOM here, so Node tests can import it. */

/** The analyze endpoint next to the page, also when the page is served under a stage prefix (`/prod`). */
export function analyzeUrl(pathname: string): string {
  const dir = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return `${dir}analyze`;
}
