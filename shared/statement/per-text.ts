/**
 * One answer per distinct text within one parse. Page headers, footers and repeated table headers
 * print the same lines on every page, so a reader asking a costly question of each line asks it of
 * the same texts hundreds of times; a Map kept for the one call answers the repeats.
 */

/** `ask`, remembering its answer for each text (an answer of `undefined` is asked again). */
export function perText<T>(ask: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = ask(text);
      answers.set(text, answer);
    }
    return answer;
  };
}
