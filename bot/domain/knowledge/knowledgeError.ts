import { formatProblem, type KnowledgeProblem } from './knowledgeProblem';

/**
 * Thrown when the knowledge base cannot be used; its message lists every problem, one per line.
 *
 * @remarks Listing them all (rather than stopping at the first) lets whoever edits the data fix a whole
 * batch in one pass, as `ConfigError` does for the environment. `problems` keeps them structured for tests
 * and tools.
 */
export class KnowledgeError extends Error {
  constructor(public readonly problems: readonly KnowledgeProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The knowledge base has ${count}:\n - ${problems.map(formatProblem).join('\n - ')}`);
    this.name = 'KnowledgeError';
  }
}
