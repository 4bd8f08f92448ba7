export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  action?: 'close' | 'stall' | 'reset-mid-body' | 'close-mid-body' | 'stall-mid-body';
  /** For the mid-body actions: how many bytes of the body go out (default: half). */
  sentBytes?: number;
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
