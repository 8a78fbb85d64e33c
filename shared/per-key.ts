/**
 * One answer per distinct key within one call. A statement's page headers, footers and repeated
 * table headers print the same lines on every page, its rows repeat merchants, and a PDF's pages
 * share streams: readers that ask a costly question of each line, description or stream ask it of
 * the same keys again and again, and a Map kept for the one call answers the repeats.
 */

/** `ask`, remembering its answer for each key (an answer of `undefined` is asked again). */
export function perKey<T>(ask: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = ask(key);
      answers.set(key, answer);
    }
    return answer;
  };
}
