export const TEST_ACCESS_KEY_ID: string;
export const TEST_SECRET_ACCESS_KEY: string;
export function sealedEnv(home: string): Record<string, string>;
export function runCase(opts: {
  command: string[];
  case: unknown;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<{
  exitCode: number | string | null;
  stdout: string;
  stderr: string;
  requests: Array<{ target: string | null; body: unknown }>;
}>;
