// What the server tells strangers about itself: the schema (introspection)
// and field-name hints in errors. Both are off in production unless enabled.
import { type ASTVisitor, GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Refuses `__schema` and `__type`; `__typename` stays (clients need it for unions). */
function noIntrospection(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return;
      context.reportError(
        new GraphQLError(`Introspection is disabled on this server (${node.name.value}); see NEWSGRAPH_INTROSPECTION`, {
          nodes: [node],
          extensions: { code: 'INTROSPECTION_DISABLED' },
        }),
      );
    },
  };
}

export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noIntrospection);
    },
  };
}
