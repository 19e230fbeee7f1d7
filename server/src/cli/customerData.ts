// Placeholder: `pii-lint customer-data query|delete` (owned by the instance module work).
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

/** Runs the customer-data subcommand; resolves to the process exit code (0 ok, 1 API error, 2 invalid input). */
export async function runCustomerData(_argv: string[], io: CliIo): Promise<number> {
  io.stderr.write('pii-lint customer-data: not available yet\n');
  return 2;
}
