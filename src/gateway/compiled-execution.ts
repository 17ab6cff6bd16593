/**
 * Compiled execution (graphql-jit through @envelop/graphql-jit) for the queries that gain from it:
 * a document compiled once runs its resolvers and serializes its answer without graphql-js's
 * per-field bookkeeping, which is most of the cost of large answers (a summary tree of 1,000
 * robots: 3,000 objects). Everything else keeps the stock executor:
 *
 * - subscriptions, mutations, and documents with `@defer`/`@stream` (graphql-jit has no
 *   incremental delivery);
 * - documents with more than one operation: the plugin caches a compiled query by document, not
 *   by operation name, so a second operation of the same document would run the first;
 * - a document's first execution: compiling costs more than executing once, so a stream of
 *   one-off documents never pays for it; the second execution of the same (parser-cached)
 *   document compiles it.
 */
import { Kind, visit, BREAK, type DocumentNode, type ExecutionArgs } from 'graphql';
import { useGraphQlJit } from '@envelop/graphql-jit';
import type { Plugin } from 'graphql-yoga';

/** Executions of a document before it is compiled. */
const RUNS_BEFORE_COMPILING = 1;

function compilable(document: DocumentNode): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || operations[0]!.operation !== 'query') return false;
  let incremental = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'defer' || node.name.value === 'stream') {
        incremental = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return !incremental;
}

export function compiledExecution(): Plugin {
  const verdicts = new WeakMap<DocumentNode, boolean>();
  const runs = new WeakMap<DocumentNode, number>();
  const enableIf = ({ document }: ExecutionArgs): boolean => {
    let verdict = verdicts.get(document);
    if (verdict === undefined) verdicts.set(document, (verdict = compilable(document)));
    if (!verdict) return false;
    const seen = runs.get(document) ?? 0;
    if (seen >= RUNS_BEFORE_COMPILING) return true;
    runs.set(document, seen + 1);
    return false;
  };
  return useGraphQlJit({}, { enableIf }) as Plugin;
}
