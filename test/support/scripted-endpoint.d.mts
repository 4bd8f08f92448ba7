export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  action?: 'close' | 'stall';
  delayMs?: number;
}
export interface RecordedHttpRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
export const DEFAULT_RESPONSE: ScriptedResponse;
export function startScriptedEndpoint(script?: ScriptedResponse[]): Promise<{
  url: string;
  requests: RecordedHttpRequest[];
  close(): Promise<void>;
}>;
