export const DEFAULT_SOURCE: string;
export const DEFAULT_LABEL: string;
export function cutModel(
  full: { metadata: Record<string, unknown>; operations: Record<string, unknown>; shapes: Record<string, unknown> },
  label?: string,
): { source: string; metadata: Record<string, unknown>; operation: unknown; shapes: Record<string, unknown> };
