export interface ProxiedRequest {
  method: string;
  target: string;
  proxyAuthorization: string | undefined;
}
export function startForwardProxy(options?: { refuseConnect?: number }): Promise<{
  url: string;
  requests: ProxiedRequest[];
  close(): Promise<void>;
}>;
