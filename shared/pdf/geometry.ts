/** Affine matrices and boxes in PDF user space, as pdf.js composes them (`Util.transform`). */

/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type M = [number, number, number, number, number, number];
/** [minX, minY, maxX, maxY]. */
export type Box = [number, number, number, number];

/** `m` after `n`: the matrix that applies `n` first, then `m`. */
export function mul(m: M, n: M): M {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** The point moved by `m`. */
export function apply(m: M, [x, y]: [number, number]): [number, number] {
  return [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
}

/** The bounding box of `b` moved by `m`. */
export function boxOf(m: M, b: Box): Box {
  const pts = [
    apply(m, [b[0], b[1]]),
    apply(m, [b[2], b[3]]),
    apply(m, [b[0], b[3]]),
    apply(m, [b[2], b[1]]),
  ];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The overlap of two boxes (`a` null: no box yet). */
export function intersect(a: Box | null, b: Box): Box {
  if (!a) return b;
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

/** Inside the box widened by `slack` points (a baseline on a clip's edge is still seen). */
export function inside(b: Box, x: number, y: number, slack: number): boolean {
  return x >= b[0] - slack && x <= b[2] + slack && y >= b[1] - slack && y <= b[3] + slack;
}
