// Raw UTF-16 offsets to 1-based line/column. Line breaks are \n, \r\n and a lone \r (as editors count them).

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string, private readonly baseLine = 0) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** Number of line breaks in the text. */
  get breaks(): number {
    return this.starts.length - 1;
  }

  /** 1-based line and column of a 0-based offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: this.baseLine + lo + 1, column: offset - this.starts[lo] + 1 };
  }
}
