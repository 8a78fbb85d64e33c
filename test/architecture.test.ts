/**
 * The import graph's rules, read from the sources with TypeScript's own scanner (type-only imports
 * and re-exports included): no module imports itself back, no folder of shared/ imports one that
 * imports it, shared/ imports no adapter or tool, infra/ is not code the service runs, and tooling
 * depends one way (bench/ on scripts/).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import ts from 'typescript';

const ROOTS = ['shared', 'functions', 'scripts', 'bench', 'infra'];

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => normalize(join(relative('.', e.parentPath), e.name)));
}

/** Each source file and the repository files it imports (relative specifiers only). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of ROOTS.flatMap(sources)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets: string[] = [];
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const base = normalize(join(dirname(file), fileName)).replace(/\.(m?js)$/, '');
      const found = [`${base}.ts`, `${base}.mts`, join(base, 'index.ts')].find((f) => existsSync(f));
      if (found) targets.push(found);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Every cycle's members (strongly connected components of more than one node, or a self-import). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, order.get(w) ?? 0));
    }
    if (low.get(v) !== order.get(v)) return;
    const members: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      members.push(w);
    } while (w !== v);
    if (members.length > 1 || graph.get(v)?.includes(v)) out.push(members.sort());
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return out;
}

const graph = importGraph();
const edges = [...graph].flatMap(([from, tos]) => tos.map((to) => [from, to] as const));
const under = (file: string, folder: string) => file.startsWith(`${folder}/`);

describe('the import graph', () => {
  test('reads the whole tree, and finds a cycle where there is one', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get(normalize('shared/analyze.ts'))).toContain(normalize('shared/pipeline/llm-step.ts'));
    const planted = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d']],
      ['e', ['a']],
    ]);
    expect(cycles(planted)).toEqual([['a', 'b', 'c'], ['d']]);
  });

  test('has no cycle, type-only imports included', () => {
    expect(cycles(graph)).toEqual([]);
  });

  test('has no cycle between the folders of shared/', () => {
    const folderOf = (f: string) => (under(f, 'shared') ? f.split('/').slice(0, 2).join('/') : null);
    const folders = new Map<string, string[]>();
    for (const [from, to] of edges) {
      const a = folderOf(from);
      const b = folderOf(to);
      if (!a || !b || a === b || !a.startsWith('shared/') || a.endsWith('.ts') || b.endsWith('.ts')) continue;
      folders.set(a, [...(folders.get(a) ?? []), b]);
    }
    expect(cycles(folders)).toEqual([]);
  });

  test('shared/ imports no adapter, tool or build script', () => {
    const outward = edges.filter(([from, to]) => under(from, 'shared') && !under(to, 'shared'));
    expect(outward).toEqual([]);
  });

  test('infra/ holds no code the service runs: nothing in shared/ or functions/ imports it', () => {
    const intoInfra = edges.filter(
      ([from, to]) => (under(from, 'shared') || under(from, 'functions')) && under(to, 'infra'),
    );
    expect(intoInfra).toEqual([]);
    expect(edges.filter(([from, to]) => under(from, 'infra') && under(to, 'functions'))).toEqual([]);
  });

  test('tooling depends one way: scripts/ never imports bench/', () => {
    expect(edges.filter(([from, to]) => under(from, 'scripts') && under(to, 'bench'))).toEqual([]);
  });
});
