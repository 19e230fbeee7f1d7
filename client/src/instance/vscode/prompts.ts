// The prompt layer of the instance commands. In normal use it is VS Code's own quick picks, input boxes and modal
// dialogs. Extension tests (ExtensionMode.Test only) swap in a scripted layer that answers in order and records what
// was asked, so a test can drive the real commands and prove, e.g., that a cancelled confirmation sends nothing.
import * as vscode from 'vscode';

export interface PickItem extends vscode.QuickPickItem {
  id: string;
}

export interface InputOptions {
  title: string;
  prompt?: string;
  value?: string;
  placeHolder?: string;
  password?: boolean;
  /** Returns an error message for invalid input, undefined when fine. */
  validate?: (value: string) => string | undefined;
}

export interface Prompter {
  pick(items: PickItem[], opts: { title: string; placeHolder?: string }): Promise<PickItem | undefined>;
  input(opts: InputOptions): Promise<string | undefined>;
  /** A modal dialog; resolves to the chosen action or undefined when dismissed. */
  modal(message: string, detail: string, actions: string[]): Promise<string | undefined>;
  /** Non-modal notifications: never awaited for an answer unless actions are given. */
  notify(level: 'info' | 'warning' | 'error', message: string, ...actions: string[]): Thenable<string | undefined>;
}

export const vscodePrompter: Prompter = {
  async pick(items, opts) {
    return vscode.window.showQuickPick(items, { title: opts.title, placeHolder: opts.placeHolder, ignoreFocusOut: true });
  },
  async input(opts) {
    return vscode.window.showInputBox({
      title: opts.title,
      prompt: opts.prompt,
      value: opts.value,
      placeHolder: opts.placeHolder,
      password: opts.password,
      ignoreFocusOut: true,
      validateInput: opts.validate ? (v) => opts.validate!(v) : undefined,
    });
  },
  async modal(message, detail, actions) {
    return vscode.window.showWarningMessage(message, { modal: true, detail }, ...actions);
  },
  notify(level, message, ...actions) {
    if (level === 'error') return vscode.window.showErrorMessage(message, ...actions);
    if (level === 'warning') return vscode.window.showWarningMessage(message, ...actions);
    return vscode.window.showInformationMessage(message, ...actions);
  },
};

/** One scripted answer: a pick by item id or label, an input value, a modal action, or `cancel` (Esc). */
export type ScriptedAnswer = { pick: string } | { input: string } | { modal: string } | { cancel: true };

export interface PromptRecord {
  kind: 'pick' | 'input' | 'modal' | 'notify';
  title: string;
  detail?: string;
  options?: string[];
  answer?: string;
  /** Set when a scripted input failed the prompt's own validation (treated as the user giving up). */
  validationError?: string;
  level?: string;
}

export class ScriptedPrompter implements Prompter {
  readonly records: PromptRecord[] = [];
  constructor(private readonly answers: ScriptedAnswer[]) {}

  private next(kind: string, title: string): ScriptedAnswer | undefined {
    const a = this.answers.shift();
    if (!a) return undefined;
    const expected = 'pick' in a ? 'pick' : 'input' in a ? 'input' : 'modal' in a ? 'modal' : kind;
    if (expected !== kind) throw new Error(`Scripted prompts: expected a ${expected} answer but "${title}" is a ${kind}.`);
    return a;
  }

  async pick(items: PickItem[], opts: { title: string }): Promise<PickItem | undefined> {
    const a = this.next('pick', opts.title);
    const chosen = a && 'pick' in a ? items.find((i) => i.id === a.pick || i.label === a.pick) : undefined;
    if (a && 'pick' in a && !chosen) throw new Error(`Scripted prompts: no item "${a.pick}" in "${opts.title}" (${items.map((i) => i.id).join(', ')}).`);
    this.records.push({ kind: 'pick', title: opts.title, options: items.map((i) => i.id), answer: chosen?.id });
    return chosen;
  }

  async input(opts: InputOptions): Promise<string | undefined> {
    const a = this.next('input', opts.title);
    const value = a && 'input' in a ? a.input : undefined;
    const record: PromptRecord = { kind: 'input', title: opts.title, detail: opts.prompt, answer: opts.password ? '(secret)' : value };
    this.records.push(record);
    if (value === undefined) return undefined;
    const error = opts.validate?.(value);
    if (error) {
      record.validationError = error;
      return undefined;
    }
    return value;
  }

  async modal(message: string, detail: string, actions: string[]): Promise<string | undefined> {
    const a = this.next('modal', message);
    const answer = a && 'modal' in a && actions.includes(a.modal) ? a.modal : undefined;
    this.records.push({ kind: 'modal', title: message, detail, options: actions, answer });
    return answer;
  }

  notify(level: 'info' | 'warning' | 'error', message: string): Thenable<string | undefined> {
    this.records.push({ kind: 'notify', level, title: message });
    return Promise.resolve(undefined);
  }
}
