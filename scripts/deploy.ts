/**
 * Builds MeetLink, pushes it to an Apps Script project with clasp and creates or updates its deployment.
 *
 *   npm run deploy                       target dev: .clasp.dev.json
 *   npm run deploy -- --target prod      target prod: .clasp.prod.json
 *   npm run deploy -- --dry-run          print the commands, run nothing
 *   npm run login [-- --no-localhost]    clasp login
 *
 * The deployment id of each target lives in deploy.config.json: null until the first deploy creates one.
 * The deployment description is "v<package.json version> — <first line of that version in CHANGELOG.md>".
 *
 * Pure functions decide (arguments, plan, changelog entry, deployment id); `deploy` carries the plan out through a
 * System, and only `nodeSystem` touches files and processes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildAddOn } from './build';
import { exitWith } from './lib/exit-with';

export type Target = 'dev' | 'prod';
export type Options = { command: 'deploy'; target: Target; dryRun: boolean } | { command: 'login'; noLocalhost: boolean };
export type DeployConfig = Record<Target, { deploymentId: string | null }>;
export type ClaspStep = { kind: 'clasp'; args: string[]; savesDeploymentId: boolean };
/** The dev target gets the dev build (with the deployer's selfCheck); prod gets the add-on as published, without it. */
export type BuildStep = { kind: 'build'; selfCheck: boolean };
export type Step = BuildStep | ClaspStep;

export const TARGETS: readonly Target[] = ['dev', 'prod'];
export const CONFIG_FILE = 'deploy.config.json';
export const PLACEHOLDER_SCRIPT_ID = 'REPLACE_WITH_YOUR_SCRIPT_ID';

/** A failure explained in plain words: `main` prints its message, nothing else. */
export class DeployError extends Error {}

const USAGE = `Usage:
  npm run deploy [-- --target dev|prod] [--dry-run]
  npm run login [-- --no-localhost]`;

export function projectFile(target: Target): string {
  return `.clasp.${target}.json`;
}

export function parseArgs(argv: string[]): Options {
  if (argv[0] === 'login') {
    const unknown = argv.slice(1).filter((arg) => arg !== '--no-localhost');
    if (unknown.length > 0) throw new DeployError(`login does not know ${unknown.join(' ')}.\n${USAGE}`);
    return { command: 'login', noLocalhost: argv.includes('--no-localhost') };
  }
  let target: string = 'dev';
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--target') target = argv[++i] ?? '';
    else if (arg.startsWith('--target=')) target = arg.slice('--target='.length);
    else throw new DeployError(`Unknown option ${arg}.\n${USAGE}`);
  }
  if (!TARGETS.includes(target as Target)) {
    throw new DeployError(`--target must be dev or prod, not "${target}".\n${USAGE}`);
  }
  return { command: 'deploy', target: target as Target, dryRun };
}

/** The lines under `## <version>` in CHANGELOG.md, up to the next `## ` heading. */
export function changelogEntry(changelog: string, version: string): string[] {
  const lines = changelog.split(/\r?\n/);
  const heading = new RegExp(`^##\\s+\\[?v?${version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]?(\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start === -1) {
    const known = lines.filter((line) => line.startsWith('## ')).map((line) => line.slice(3).trim());
    throw new DeployError(
      `package.json says version ${version}, but CHANGELOG.md has no "## ${version}" section` +
        ` (it has: ${known.join(', ') || 'none'}).\n` +
        `Add a "## ${version}" section whose first line sums up the release, or fix the version in package.json.`,
    );
  }
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

export function deploymentDescription(version: string, changelog: string): string {
  const first = changelogEntry(changelog, version).find((line) => line.trim() !== '');
  if (!first) {
    throw new DeployError(`CHANGELOG.md has a "## ${version}" heading but nothing under it. Write one line that sums up the release.`);
  }
  return `v${version} — ${first.replace(/^\s*[-*]\s+/, '').trim()}`;
}

export function parseDeployConfig(text: string | null): DeployConfig {
  if (text === null)
    throw new DeployError(`${CONFIG_FILE} is missing. Create it with {"dev": {"deploymentId": null}, "prod": {"deploymentId": null}}.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DeployError(`${CONFIG_FILE} is not valid JSON.`);
  }
  for (const target of TARGETS) {
    const id = (raw as Partial<DeployConfig> | null)?.[target]?.deploymentId;
    if (id !== null && (typeof id !== 'string' || id === '')) {
      throw new DeployError(`${CONFIG_FILE}: ${target}.deploymentId must be a deployment id or null (null makes the next deploy create one).`);
    }
  }
  return raw as DeployConfig;
}

export function withDeploymentId(config: DeployConfig, target: Target, deploymentId: string): DeployConfig {
  return { ...config, [target]: { ...config[target], deploymentId } };
}

export function formatDeployConfig(config: DeployConfig): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** What is wrong with the clasp project file of a target, or null when it can be pushed. */
export function projectFileProblem(file: string, text: string | null): string | null {
  const createProject =
    `Create an Apps Script project at https://script.google.com (New project), copy its Script ID from ` +
    `Project Settings, and put it in ${file} as "scriptId".`;
  if (text === null) return `${file} is missing. ${createProject} The file reads {"scriptId": "<id>", "rootDir": "build"}.`;
  let project: { scriptId?: unknown; rootDir?: unknown };
  try {
    project = JSON.parse(text);
  } catch {
    return `${file} is not valid JSON. It reads {"scriptId": "<id>", "rootDir": "build"}.`;
  }
  if (typeof project.scriptId !== 'string' || project.scriptId === '' || project.scriptId === PLACEHOLDER_SCRIPT_ID) {
    return `${file} still holds the placeholder scriptId ${PLACEHOLDER_SCRIPT_ID}. ${createProject}`;
  }
  if (project.rootDir !== 'build') return `${file} must have "rootDir": "build": that folder is what npm run build makes and clasp pushes.`;
  return null;
}

export function notLoggedIn(credentialsFile: string): string {
  return `You are not logged in to clasp (${credentialsFile} not found). Run npm run login, then deploy again.`;
}

export function planDeploy(target: Target, description: string, deploymentId: string | null): Step[] {
  const project = ['-P', projectFile(target)];
  const deployment = deploymentId ? ['update-deployment', deploymentId, '-d', description] : ['create-deployment', '-d', description];
  return [
    { kind: 'build', selfCheck: target === 'dev' },
    { kind: 'clasp', args: ['push', '-f', ...project], savesDeploymentId: false },
    { kind: 'clasp', args: [...deployment, ...project], savesDeploymentId: deploymentId === null },
  ];
}

export function planLogin(noLocalhost: boolean): string[] {
  return noLocalhost ? ['login', '--no-localhost'] : ['login'];
}

/** An argument as a POSIX shell would need it, so a printed command can be pasted. */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function showStep(step: Step): string {
  if (step.kind === 'build') return step.selfCheck ? 'npm run build -- --self-check' : 'npm run build';
  return ['clasp', ...step.args].map(shellQuote).join(' ');
}

/** The id in clasp 3's "Deployed <id> @<version>" line (commands/create-deployment.js), or null. */
export function parseDeploymentId(output: string): string | null {
  return /^Deployed (\S+) @\S+\s*$/m.exec(output)?.[1] ?? null;
}

/** Why a clasp step failed, in plain words, with what to do next. */
export function claspFailure(step: ClaspStep, status: number, output: string): string {
  const failed = `${showStep(step)} failed (exit code ${status}).`;
  if (/No credentials found|invalid_grant/.test(output)) return `${failed} clasp has no valid login. Run npm run login, then deploy again.`;
  if (step.args[0] === 'update-deployment') {
    return `${failed} See clasp's message above. If deployment ${step.args[1]} was deleted, set its deploymentId to null in ${CONFIG_FILE} so the next deploy creates a new one.`;
  }
  return `${failed} See clasp's message above.`;
}

/** What a deploy is about to do, printed before it does it. */
export function summary(target: Target, description: string, deploymentId: string | null, dryRun: boolean): string {
  return [
    `MeetLink deploy — target ${target}${dryRun ? ' (dry run: nothing is run)' : ''}`,
    `  project file: ${projectFile(target)}`,
    `  description:  ${description}`,
    `  deployment:   ${deploymentId ? `update ${deploymentId}` : `create a new one, then save its id in ${CONFIG_FILE} (${target}.deploymentId)`}`,
  ].join('\n');
}

/** Everything the deploy touches outside this module. */
export interface System {
  readText(file: string): string | null;
  writeText(file: string, text: string): void;
  credentialsFile: string;
  hasCredentials(): boolean;
  build(options: { selfCheck: boolean }): Promise<void>;
  /** Runs clasp, shows its output and returns it. */
  clasp(args: string[]): { status: number; output: string };
  /** Runs clasp with the terminal attached (login asks questions). */
  claspInteractive(args: string[]): number;
  log(text: string): void;
  warn(text: string): void;
}

export async function deploy(target: Target, dryRun: boolean, sys: System): Promise<void> {
  const version: unknown = JSON.parse(sys.readText('package.json') ?? '{}').version;
  if (typeof version !== 'string') throw new DeployError('package.json has no "version".');
  const description = deploymentDescription(version, sys.readText('CHANGELOG.md') ?? '');
  const config = parseDeployConfig(sys.readText(CONFIG_FILE));
  const file = projectFile(target);
  const problems = [projectFileProblem(file, sys.readText(file)), sys.hasCredentials() ? null : notLoggedIn(sys.credentialsFile)].filter(
    (problem): problem is string => problem !== null,
  );
  const deploymentId = config[target].deploymentId;
  const steps = planDeploy(target, description, deploymentId);

  sys.log(summary(target, description, deploymentId, dryRun));
  if (dryRun) {
    for (const problem of problems) sys.warn(`Warning: ${problem}`);
    sys.log('Would run:');
    for (const step of steps) sys.log(`  ${showStep(step)}`);
    return;
  }
  if (problems.length > 0) throw new DeployError([`Cannot deploy to ${target}:`, ...problems.map((p) => `- ${p}`)].join('\n'));

  for (const step of steps) {
    sys.log(`\n$ ${showStep(step)}`);
    if (step.kind === 'build') {
      await sys.build({ selfCheck: step.selfCheck });
      // Belt and braces: whatever built it, the published deployment never gets the deployer's selfCheck.
      if (target === 'prod' && /^function selfCheck\(/m.test(sys.readText('build/Code.js') ?? '')) {
        throw new DeployError('build/Code.js has the deployer selfCheck: it is the dev build. Nothing was pushed to prod; run the deploy again.');
      }
      continue;
    }
    const { status, output } = sys.clasp(step.args);
    if (status !== 0) throw new DeployError(claspFailure(step, status, output));
    if (step.savesDeploymentId) {
      const id = parseDeploymentId(output);
      if (!id) {
        throw new DeployError(
          `clasp created a deployment but its id could not be read from the output above. Find it with ` +
            `npx clasp list-deployments -P ${file} and put it in ${CONFIG_FILE} as ${target}.deploymentId.`,
        );
      }
      sys.writeText(CONFIG_FILE, formatDeployConfig(withDeploymentId(config, target, id)));
      sys.log(`Saved ${id} as ${target}.deploymentId in ${CONFIG_FILE}: commit that file.`);
    }
  }
  sys.log(`\nDeployed MeetLink ${description} to ${target}.`);
}

export async function main(argv: string[], sys: System): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.command === 'login') return sys.claspInteractive(planLogin(options.noLocalhost));
    await deploy(options.target, options.dryRun, sys);
    return 0;
  } catch (error) {
    if (!(error instanceof DeployError)) throw error;
    sys.warn(error.message);
    return 1;
  }
}

/** clasp's own login file: $clasp_config_auth (a file or a folder holding .clasprc.json), else ~/.clasprc.json. */
function credentialsFile(): string {
  const configured = process.env.clasp_config_auth;
  if (!configured) return join(homedir(), '.clasprc.json');
  return existsSync(configured) && statSync(configured).isDirectory() ? join(configured, '.clasprc.json') : configured;
}

function nodeSystem(root: string): System {
  const clasp = [require.resolve('@google/clasp')];
  const file = credentialsFile();
  return {
    readText: (name) => (existsSync(join(root, name)) ? readFileSync(join(root, name), 'utf8') : null),
    writeText: (name, text) => writeFileSync(join(root, name), text),
    credentialsFile: file,
    hasCredentials: () => existsSync(file),
    build: async (options) => {
      const { exports, bytes } = await buildAddOn(options);
      console.log(`build/Code.js: ${(bytes / 1024).toFixed(1)} KiB, ${exports.length} entry points`);
    },
    clasp: (args) => {
      const run = spawnSync(process.execPath, [...clasp, ...args], { cwd: root, stdio: ['inherit', 'pipe', 'pipe'], encoding: 'utf8' });
      process.stdout.write(run.stdout ?? '');
      process.stderr.write(run.stderr ?? '');
      return { status: run.status ?? 1, output: `${run.stdout ?? ''}${run.stderr ?? ''}${run.error?.message ?? ''}` };
    },
    claspInteractive: (args) => spawnSync(process.execPath, [...clasp, ...args], { cwd: root, stdio: 'inherit' }).status ?? 1,
    log: (text) => console.log(text),
    warn: (text) => console.error(text),
  };
}

if (require.main === module) {
  main(process.argv.slice(2), nodeSystem(resolve(__dirname, '..'))).then((code) => process.exit(code), exitWith);
}
