import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  DeployError,
  changelogEntry,
  claspFailure,
  deploymentDescription,
  main,
  parseArgs,
  parseDeployConfig,
  parseDeploymentId,
  planDeploy,
  projectFileProblem,
  showStep,
  type ClaspStep,
  type Step,
  type System,
} from '../scripts/deploy';

const root = resolve(__dirname, '..');
/** A made-up id shaped like Apps Script's (AKfycb…); it names no real deployment. */
const FAKE_DEPLOYMENT_ID = 'AKfycbFAKE0deployment0id0for0tests0only0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
const FAKE_SCRIPT_ID = '1FAKE_script_id_for_tests_only_xxxxxxxxxxxxxxxxxxxxxxxxx';
const CHANGELOG = '# Changelog\n\n## 0.2.0\n\nFaster links.\n\n- detail\n\n## 0.1.0\n\n- First release.\n';
const DESCRIPTION = 'v0.2.0 — Faster links.';

function claspArgs(step: Step): string[] {
  if (step.kind !== 'clasp') throw new Error('not a clasp step');
  return step.args;
}

describe('parseArgs', () => {
  it('deploys to dev by default', () => {
    expect(parseArgs([])).toEqual({ command: 'deploy', target: 'dev', dryRun: false });
  });
  it('reads --target in both spellings and --dry-run', () => {
    expect(parseArgs(['--target', 'prod', '--dry-run'])).toEqual({ command: 'deploy', target: 'prod', dryRun: true });
    expect(parseArgs(['--target=prod'])).toEqual({ command: 'deploy', target: 'prod', dryRun: false });
  });
  it('refuses an unknown target or option', () => {
    expect(() => parseArgs(['--target', 'staging'])).toThrow('--target must be dev or prod, not "staging"');
    expect(() => parseArgs(['--target'])).toThrow(DeployError);
    expect(() => parseArgs(['--force'])).toThrow('Unknown option --force');
  });
  it('reads login and passes --no-localhost through', () => {
    expect(parseArgs(['login'])).toEqual({ command: 'login', noLocalhost: false });
    expect(parseArgs(['login', '--no-localhost'])).toEqual({ command: 'login', noLocalhost: true });
    expect(() => parseArgs(['login', '--creds', 'x.json'])).toThrow('login does not know --creds x.json');
  });
});

describe('planDeploy', () => {
  it('builds with the self-check, pushes with the dev project file and creates a deployment when none is recorded', () => {
    const steps = planDeploy('dev', DESCRIPTION, null);
    expect(steps.map(showStep)).toEqual([
      'npm run build -- --self-check',
      'clasp push -f -P .clasp.dev.json',
      "clasp create-deployment -d 'v0.2.0 — Faster links.' -P .clasp.dev.json",
    ]);
    expect(steps[2]).toMatchObject({ savesDeploymentId: true });
  });
  it('updates the recorded prod deployment with the prod project file', () => {
    const steps = planDeploy('prod', DESCRIPTION, FAKE_DEPLOYMENT_ID);
    expect(steps.map((step) => (step.kind === 'clasp' ? step.args : 'build'))).toEqual([
      'build',
      ['push', '-f', '-P', '.clasp.prod.json'],
      ['update-deployment', FAKE_DEPLOYMENT_ID, '-d', DESCRIPTION, '-P', '.clasp.prod.json'],
    ]);
    expect(steps[2]).toMatchObject({ savesDeploymentId: false });
    // The published deployment is built without the deployer's selfCheck.
    expect(steps[0]).toEqual({ kind: 'build', selfCheck: false });
  });
  it('quotes a description with a quote in it so the printed command can be pasted', () => {
    expect(showStep(planDeploy('dev', "v1 — it's done", null)[2])).toBe("clasp create-deployment -d 'v1 — it'\\''s done' -P .clasp.dev.json");
  });
});

describe('parseDeploymentId', () => {
  it('reads the id from clasp 3 create-deployment output', () => {
    expect(parseDeploymentId(`Deployed ${FAKE_DEPLOYMENT_ID} @3\n`)).toBe(FAKE_DEPLOYMENT_ID);
    expect(parseDeploymentId(`Deploying project...\nDeployed ${FAKE_DEPLOYMENT_ID} @12`)).toBe(FAKE_DEPLOYMENT_ID);
  });
  it('answers null for output without that line', () => {
    expect(parseDeploymentId('No credentials found.\n')).toBeNull();
    expect(parseDeploymentId(`Redeployed ${FAKE_DEPLOYMENT_ID} @3`)).toBeNull();
  });
});

describe('changelog', () => {
  it('finds the section of a version, up to the next heading', () => {
    expect(changelogEntry(CHANGELOG, '0.2.0')).toEqual(['', 'Faster links.', '', '- detail', '']);
    expect(changelogEntry('## [0.1.0] - 2026-01-05\nFirst.', '0.1.0')).toEqual(['First.']);
    expect(changelogEntry('## 1.0.0+build.5\nBuilt.', '1.0.0+build.5')).toEqual(['Built.']);
  });
  it('makes the description from the first line, without a list marker', () => {
    expect(deploymentDescription('0.2.0', CHANGELOG)).toBe(DESCRIPTION);
    expect(deploymentDescription('0.1.0', CHANGELOG)).toBe('v0.1.0 — First release.');
  });
  it('fails clearly when package.json has a version the changelog lacks', () => {
    expect(() => deploymentDescription('0.3.0', CHANGELOG)).toThrow(
      'package.json says version 0.3.0, but CHANGELOG.md has no "## 0.3.0" section (it has: 0.2.0, 0.1.0)',
    );
    expect(() => changelogEntry('## 0.1.00\n', '0.1.0')).toThrow(DeployError);
    expect(() => deploymentDescription('0.1.0', '## 0.1.0\n\n## 0.0.1\nOld.')).toThrow('nothing under it');
  });
  it('docs/deploy.md shows the dry run of the current version, line for line as the script prints it', async () => {
    const files = Object.fromEntries(
      ['package.json', 'CHANGELOG.md', 'deploy.config.json', '.clasp.dev.json'].map((f) => [f, readFileSync(join(root, f), 'utf8')]),
    );
    const fake = fakeSystem(files, { loggedIn: false });
    fake.sys.credentialsFile = '/home/you/.clasprc.json';
    expect(await main(['--dry-run'], fake.sys)).toBe(0);
    const printed = [...fake.out, ...fake.err].join('\n').split('\n');
    const docs = readFileSync(join(root, 'docs', 'deploy.md'), 'utf8');
    const sample = /```\n\$ npm run deploy -- --dry-run\n([\s\S]*?)\n```/.exec(docs)![1]!.split('\n');
    expect([...sample].sort()).toEqual([...printed].sort());
  });
  it('holds the version package.json carries', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(deploymentDescription(version, readFileSync(join(root, 'CHANGELOG.md'), 'utf8'))).toMatch(/^v\d+\.\d+\.\d+ — \S/);
  });
});

describe('checks', () => {
  it('names the placeholder scriptId and says what to do', () => {
    const problem = projectFileProblem('.clasp.dev.json', readFileSync(join(root, '.clasp.dev.json'), 'utf8'));
    expect(problem).toContain('.clasp.dev.json still holds the placeholder scriptId');
    expect(problem).toContain('Create an Apps Script project at https://script.google.com');
    expect(problem).toContain('put it in .clasp.dev.json');
  });
  it('accepts a real-looking project file and rejects a wrong rootDir or a missing file', () => {
    expect(projectFileProblem('.clasp.prod.json', JSON.stringify({ scriptId: FAKE_SCRIPT_ID, rootDir: 'build' }))).toBeNull();
    expect(projectFileProblem('.clasp.prod.json', JSON.stringify({ scriptId: FAKE_SCRIPT_ID, rootDir: 'src' }))).toContain('"rootDir": "build"');
    expect(projectFileProblem('.clasp.prod.json', null)).toContain('.clasp.prod.json is missing');
  });
  it('reads the committed deploy.config.json and refuses a malformed one', () => {
    expect(parseDeployConfig(readFileSync(join(root, 'deploy.config.json'), 'utf8'))).toEqual({
      dev: { deploymentId: null },
      prod: { deploymentId: null },
    });
    expect(() => parseDeployConfig('{"dev": {"deploymentId": 3}, "prod": {"deploymentId": null}}')).toThrow('dev.deploymentId');
    expect(() => parseDeployConfig('{"dev": {"deploymentId": null}}')).toThrow('prod.deploymentId');
  });
  it('turns "No credentials found" into "Run npm run login"', () => {
    const push = planDeploy('dev', DESCRIPTION, null)[1] as ClaspStep;
    expect(claspFailure(push, 1, 'No credentials found.\n')).toContain('Run npm run login');
    expect(claspFailure(push, 1, 'Some other error')).toBe("clasp push -f -P .clasp.dev.json failed (exit code 1). See clasp's message above.");
  });
});

/** A System with files in a Map and clasp answering from a script; it records what was run. */
function fakeSystem(files: Record<string, string>, options: { loggedIn?: boolean; claspOutput?: (args: string[]) => string } = {}) {
  const store = new Map(Object.entries(files));
  const ran: string[][] = [];
  const out: string[] = [];
  const err: string[] = [];
  let builds = 0;
  const built: { selfCheck: boolean }[] = [];
  const sys: System = {
    readText: (file) => store.get(file) ?? null,
    writeText: (file, text) => void store.set(file, text),
    credentialsFile: '/home/someone/.clasprc.json',
    hasCredentials: () => options.loggedIn ?? true,
    build: async (options) => {
      builds++;
      built.push(options);
    },
    clasp: (args) => {
      ran.push(args);
      const output = options.claspOutput?.(args) ?? '';
      return { status: output.includes('No credentials found') ? 1 : 0, output };
    },
    claspInteractive: (args) => {
      ran.push(args);
      return 0;
    },
    log: (text) => void out.push(text),
    warn: (text) => void err.push(text),
  };
  return { sys, store, ran, out, err, builds: () => builds, built };
}

const PLACEHOLDER_FILES = {
  'package.json': JSON.stringify({ version: '0.2.0' }),
  'CHANGELOG.md': CHANGELOG,
  'deploy.config.json': JSON.stringify({ dev: { deploymentId: null }, prod: { deploymentId: null } }),
  '.clasp.dev.json': JSON.stringify({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'build' }),
  '.clasp.prod.json': JSON.stringify({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'build' }),
};
const READY_FILES = {
  ...PLACEHOLDER_FILES,
  '.clasp.dev.json': JSON.stringify({ scriptId: FAKE_SCRIPT_ID, rootDir: 'build' }),
  '.clasp.prod.json': JSON.stringify({ scriptId: FAKE_SCRIPT_ID, rootDir: 'build' }),
};

describe('main', () => {
  it('--dry-run prints every command and the warnings, runs nothing and exits 0', async () => {
    const fake = fakeSystem(PLACEHOLDER_FILES, { loggedIn: false });
    expect(await main(['--dry-run', '--target', 'prod'], fake.sys)).toBe(0);
    expect(fake.ran).toEqual([]);
    expect(fake.builds()).toBe(0);
    expect(fake.store.get('deploy.config.json')).toBe(PLACEHOLDER_FILES['deploy.config.json']);
    const printed = fake.out.join('\n');
    expect(printed).toContain('project file: .clasp.prod.json');
    expect(printed).toContain(`description:  ${DESCRIPTION}`);
    expect(printed).toContain('  npm run build\n  clasp push -f -P .clasp.prod.json\n  clasp create-deployment -d');
    expect(fake.err.join('\n')).toMatch(
      /Warning: \.clasp\.prod\.json still holds the placeholder[\s\S]*Warning: You are not logged in[^\n]*Run npm run login/,
    );
  });

  it('refuses to deploy with the placeholder scriptId, before building anything', async () => {
    const fake = fakeSystem(PLACEHOLDER_FILES);
    expect(await main([], fake.sys)).toBe(1);
    expect(fake.err.join('\n')).toContain('Cannot deploy to dev:\n- .clasp.dev.json still holds the placeholder scriptId');
    expect(fake.ran).toEqual([]);
    expect(fake.builds()).toBe(0);
  });

  it('refuses to deploy without a clasp login', async () => {
    const fake = fakeSystem(READY_FILES, { loggedIn: false });
    expect(await main([], fake.sys)).toBe(1);
    expect(fake.err.join('\n')).toContain('You are not logged in to clasp (/home/someone/.clasprc.json not found). Run npm run login');
    expect(fake.ran).toEqual([]);
  });

  it('stops with "Run npm run login" when clasp answers "No credentials found"', async () => {
    const fake = fakeSystem(READY_FILES, { claspOutput: () => 'No credentials found.\n' });
    expect(await main([], fake.sys)).toBe(1);
    expect(fake.ran).toEqual([['push', '-f', '-P', '.clasp.dev.json']]);
    expect(fake.err.join('\n')).toContain('Run npm run login');
  });

  it('creates a deployment and records its id for the target', async () => {
    const fake = fakeSystem(READY_FILES, {
      claspOutput: (args) => (args[0] === 'create-deployment' ? `Deployed ${FAKE_DEPLOYMENT_ID} @1\n` : 'Pushed 2 files.\n'),
    });
    expect(await main([], fake.sys)).toBe(0);
    expect(fake.builds()).toBe(1);
    expect(fake.ran.map((args) => args[0])).toEqual(['push', 'create-deployment']);
    expect(JSON.parse(fake.store.get('deploy.config.json')!)).toEqual({
      dev: { deploymentId: FAKE_DEPLOYMENT_ID },
      prod: { deploymentId: null },
    });
  });

  it('updates the recorded deployment and leaves deploy.config.json alone', async () => {
    const config = JSON.stringify({ dev: { deploymentId: null }, prod: { deploymentId: FAKE_DEPLOYMENT_ID } });
    const fake = fakeSystem({ ...READY_FILES, 'deploy.config.json': config }, { claspOutput: () => `Redeployed ${FAKE_DEPLOYMENT_ID} @2\n` });
    expect(await main(['--target', 'prod'], fake.sys)).toBe(0);
    expect(fake.ran[1]).toEqual(claspArgs(planDeploy('prod', DESCRIPTION, FAKE_DEPLOYMENT_ID)[2]));
    expect(fake.store.get('deploy.config.json')).toBe(config);
  });

  it('builds dev with the self-check and prod without it; a prod build that has selfCheck is never pushed', async () => {
    const output = { claspOutput: () => `Deployed ${FAKE_DEPLOYMENT_ID} @1\n` };
    const dev = fakeSystem(READY_FILES, output);
    expect(await main([], dev.sys)).toBe(0);
    const prod = fakeSystem(READY_FILES, output);
    expect(await main(['--target', 'prod'], prod.sys)).toBe(0);
    expect([...dev.built, ...prod.built]).toEqual([{ selfCheck: true }, { selfCheck: false }]);

    const wrong = fakeSystem(READY_FILES, output);
    wrong.sys.build = async () => void wrong.store.set('build/Code.js', 'var __meetlink;\nfunction onAction() {}\nfunction selfCheck() {}\n');
    expect(await main(['--target', 'prod'], wrong.sys)).toBe(1);
    expect(wrong.err.join('\n')).toContain('Nothing was pushed to prod');
    expect(wrong.ran).toEqual([]);
  });

  it('fails clearly when the changelog has no entry for the version, even in a dry run', async () => {
    const fake = fakeSystem({ ...READY_FILES, 'package.json': JSON.stringify({ version: '0.9.0' }) });
    expect(await main(['--dry-run'], fake.sys)).toBe(1);
    expect(fake.err.join('\n')).toContain('CHANGELOG.md has no "## 0.9.0" section');
  });

  it('login runs clasp login with the terminal attached', async () => {
    const fake = fakeSystem(READY_FILES);
    expect(await main(['login', '--no-localhost'], fake.sys)).toBe(0);
    expect(fake.ran).toEqual([['login', '--no-localhost']]);
  });
});

describe('clasp itself', () => {
  it('would push exactly build/Code.js and build/appsscript.json with .clasp.dev.json, without a login', () => {
    const home = mkdtempSync(join(tmpdir(), 'meetlink-no-login-'));
    const run = spawnSync(process.execPath, [require.resolve('@google/clasp'), 'show-file-status', '--json', '-P', '.clasp.dev.json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, HOME: home, clasp_config_auth: join(home, '.clasprc.json') },
    });
    rmSync(home, { recursive: true, force: true });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).filesToPush.sort()).toEqual(['build/Code.js', 'build/appsscript.json']);
  });
});
