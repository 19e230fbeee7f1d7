// Named instances: non-secret settings in `piiLint.instances` (user settings, never the workspace) and secrets in
// VS Code SecretStorage under keys derived from the instance name.
import * as vscode from 'vscode';
import { sanitizeInstanceConfig, type Credentials, type InstanceConfig } from '../config';

const SECTION = 'piiLint';

function secretKey(name: string, service: 'assistant' | 'discovery'): string {
  return `piiLint.instance.${encodeURIComponent(name)}.${service}`;
}

export class InstanceStore {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly secrets: vscode.SecretStorage) {}

  list(): InstanceConfig[] {
    const raw = vscode.workspace.getConfiguration(SECTION).get<unknown>('instances');
    return Array.isArray(raw) ? (raw.filter((x) => x && typeof x === 'object' && typeof (x as InstanceConfig).name === 'string') as InstanceConfig[]) : [];
  }

  activeName(): string | undefined {
    const name = vscode.workspace.getConfiguration(SECTION).get<string>('activeInstance');
    const all = this.list();
    return all.some((i) => i.name === name) ? name : all.length === 1 ? all[0].name : undefined;
  }

  active(): InstanceConfig | undefined {
    const name = this.activeName();
    return this.list().find((i) => i.name === name);
  }

  hipaa(): boolean {
    return vscode.workspace.getConfiguration(SECTION).get<boolean>('hipaa') === true;
  }

  storeRawIds(): boolean {
    return vscode.workspace.getConfiguration(SECTION).get<boolean>('ledger.storeCustomerIds') === true;
  }

  async save(config: InstanceConfig, creds: Credentials, discoveryCreds?: Credentials): Promise<void> {
    // Secrets first: a setting that points at missing secrets is worse than an orphaned secret.
    await this.secrets.store(secretKey(config.name, 'assistant'), JSON.stringify(creds));
    if (config.discovery && discoveryCreds) await this.secrets.store(secretKey(config.name, 'discovery'), JSON.stringify(discoveryCreds));
    else await this.secrets.delete(secretKey(config.name, 'discovery'));
    const others = this.list().filter((i) => i.name !== config.name);
    const clean = sanitizeInstanceConfig(config);
    await vscode.workspace.getConfiguration(SECTION).update('instances', [...others, clean], vscode.ConfigurationTarget.Global);
    this.changed.fire();
  }

  async remove(name: string): Promise<void> {
    await this.secrets.delete(secretKey(name, 'assistant'));
    await this.secrets.delete(secretKey(name, 'discovery'));
    await vscode.workspace.getConfiguration(SECTION).update('instances', this.list().filter((i) => i.name !== name), vscode.ConfigurationTarget.Global);
    this.changed.fire();
  }

  async setActive(name: string): Promise<void> {
    await vscode.workspace.getConfiguration(SECTION).update('activeInstance', name, vscode.ConfigurationTarget.Global);
    this.changed.fire();
  }

  async credentials(name: string): Promise<{ assistant: Credentials; discovery?: Credentials }> {
    const parse = (s: string | undefined) => (s ? (JSON.parse(s) as Credentials) : undefined);
    return {
      assistant: parse(await this.secrets.get(secretKey(name, 'assistant'))) ?? {},
      discovery: parse(await this.secrets.get(secretKey(name, 'discovery'))),
    };
  }

  dispose(): void {
    this.changed.dispose();
  }
}
