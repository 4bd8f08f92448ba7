export const WIRED: string[];
export const STATE_MANAGER: string[];
export const DEFAULT_SOURCE: string;
export const DEFAULT_PAGINATORS: string;
export const DEFAULT_LABEL: string;
export function cutModel(
  full: { metadata: Record<string, unknown>; operations: Record<string, unknown>; shapes: Record<string, unknown> },
  paginators?: { pagination: Record<string, unknown> },
  label?: string,
  wired?: string[],
  options?: { documentation?: boolean },
): { source: string; metadata: Record<string, unknown>; operations: Record<string, unknown>; pagination: Record<string, unknown>; shapes: Record<string, unknown> };
