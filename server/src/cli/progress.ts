// A one-line progress bar on stderr, only when stderr is a terminal.
export class Progress {
  private last = 0;

  constructor(private readonly stream: NodeJS.WriteStream | undefined, private readonly total: number) {}

  update(done: number): void {
    if (!this.stream) return;
    const now = Date.now();
    if (done < this.total && now - this.last < 100) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((done / Math.max(1, this.total)) * width);
    this.stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${this.total} files`);
  }

  end(): void {
    if (this.stream) this.stream.write('\r\u001b[2K');
  }
}
