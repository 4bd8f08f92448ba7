export const documentationExample: Record<string, unknown>;
export const everyMember: Record<string, unknown>;
export const stressStrings: string[];
export function stressResponse(text: string): Record<string, unknown>;
export const emptyDescription: Record<string, unknown>;
export const missingDescription: Record<string, unknown>;
export function ok(body: unknown): { status: number; body: string };
export function serviceError(code: string, message?: string, status?: number): { status: number; body: string };
export const OUTPUT_CASE_ARGS: string[];
