// Server log lines for the client's output channel. Messages carry counts, timings, URIs and masked
// previews only: never raw document text.
import type { Connection } from 'vscode-languageserver/node';

export type TraceLevel = 'off' | 'messages' | 'verbose';

export class Logger {
  level: TraceLevel = 'off';

  constructor(private readonly connection: Connection) {}

  info(message: string): void {
    this.connection.console.info(message);
  }

  error(message: string): void {
    this.connection.console.error(message);
  }

  /** Lazily built trace line, only when piiLint.trace.server is not off. */
  trace(message: () => string): void {
    if (this.level === 'off') return;
    this.connection.console.log(message());
  }
}
