/** Robot part logs, one page at a time (GetRobotPartLogs). */
import type { GraphQLContext } from '../gateway/context.ts';
import { clientError } from '../upstream/errors.ts';

export const MAX_LOG_PAGE = 1000;
export const DEFAULT_LOG_PAGE = 100;

export interface LogPageArgs {
  filter?: string | null;
  levels?: string[] | null;
  errorsOnly?: boolean | null;
  first?: number | null;
  after?: string | null;
}

export async function logPage(ctx: GraphQLContext, partId: string, args: LogPageArgs) {
  const first = args.first ?? DEFAULT_LOG_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_LOG_PAGE) throw clientError('BAD_USER_INPUT', `first must be between 1 and ${MAX_LOG_PAGE}`);
  const { logs, next_page_token: next } = await ctx.upstream.call('GetRobotPartLogs', {
    id: partId,
    errors_only: args.errorsOnly ?? false,
    levels: args.levels ?? [],
    limit: first,
    ...(args.filter ? { filter: args.filter } : {}),
    ...(args.after ? { page_token: args.after } : {}),
  });
  return { logs, nextPageToken: next };
}
