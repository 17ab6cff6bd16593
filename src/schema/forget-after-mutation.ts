/**
 * A Pothos plugin that ends every Mutation field through `forgetOperationReads`, whether it
 * succeeded or not (a failed call may still have been applied upstream), so no mutation can
 * forget to; it also refreshes the caller's live machine status polls (machine-status.ts). Listed after the dataloader plugin, it wraps the resolver inside that plugin's
 * wrapper: the cache is cleared before the mutation's result (an id or an object) is loaded or
 * cached as the current one.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { forgetOperationReads } from '../resolvers/operation-cache.ts';
import type { GraphQLContext } from '../context.ts';

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      forgetAfterMutation: ForgetAfterMutationPlugin<Types>;
    }
  }
}

export class ForgetAfterMutationPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (fieldConfig.kind !== 'Mutation') return resolver;
    return async (parent, args, ctx, info) => {
      try {
        return await resolver(parent, args, ctx, info);
      } finally {
        forgetOperationReads(ctx as GraphQLContext);
        // The mutation may have changed the caller's fleet: its live status shows it now, not at the next poll.
        (ctx as GraphQLContext).machineStatus.refreshFor((ctx as GraphQLContext).upstream.credentials);
      }
    };
  }
}

const pluginName = 'forgetAfterMutation';
SchemaBuilder.registerPlugin(pluginName, ForgetAfterMutationPlugin);
export default pluginName;
