export interface ServerProcess {
  /** The base URL, without a trailing slash. */
  url: string;
  port: number;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}
/** Starts the real reference server (PORT=0, DATA_DIR=memory unless overridden). */
export function startServer(options?: { env?: Record<string, string>; timeoutMs?: number }): Promise<ServerProcess>;
