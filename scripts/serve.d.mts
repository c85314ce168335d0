/** Types for scripts/serve.mjs, so the TypeScript browser tests can start the demo server. */
export interface DemoServer {
  /** `http://127.0.0.1:<port>/` */
  url: string
  close(): Promise<void>
}

export function startServer(options?: { port?: number; root?: string }): Promise<DemoServer>
