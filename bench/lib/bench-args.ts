import { parseArgs } from 'node:util';

export interface BenchArgs {
  /** Module prefixes to run; empty means all. */
  only: string[];
  /** Overrides every module's default number of runs. */
  runs?: number;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [--only <prefix>[,<prefix>]] [--runs N]

  --only import   run only the modules with this prefix (repeatable or comma-separated)
  --runs N        runs per metric (default 5; import.100k 3)
  --help          this text
`;

/** A wrong command line: reported with the usage, without a stack trace. */
export class BenchUsageError extends Error {
  readonly code = 'usage';
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        only: { type: 'string', multiple: true },
        runs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (error) {
    throw new BenchUsageError((error as Error).message);
  }
  const { values } = parsed;
  const only = (values.only ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  let runs: number | undefined;
  if (values.runs !== undefined) {
    runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1) throw new BenchUsageError(`--runs must be a positive integer, not "${values.runs}"`);
  }
  return { only, runs, help: values.help ?? false };
}
