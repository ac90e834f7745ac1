/**
 * The self-check's one report: a line per finding, "label ........ actual (expected by our fakes: x)", so a
 * deployer can lay Google's report beside the offline runtime's (`npm run self-check`) and compare line by line.
 * The report is for the deployer reading the Apps Script log, not for the add-on's users: it is not translated.
 */
export interface Finding {
  label: string;
  actual: string;
  /** What offline/ assumes by default; absent where the fakes assume nothing to compare with. */
  expected?: string;
  /** The fake to change when Google answers otherwise (printed after the expected answer). */
  fake?: string;
}

const LABEL_WIDTH = 58;

export function reportLine({ label, actual, expected, fake }: Finding): string {
  const dots = '.'.repeat(Math.max(3, LABEL_WIDTH - label.length));
  const assumed = expected === undefined ? '' : ` (expected by our fakes: ${expected}${fake ? `; if not, change ${fake}` : ''})`;
  return `${label} ${dots} ${actual}${assumed}`;
}

export function renderReport(title: string, findings: Finding[], notes: string[]): string {
  return [title, '', ...findings.map(reportLine), ...(notes.length ? ['', ...notes.map((n) => `- ${n}`)] : [])].join('\n');
}

/** What a probe answers when it could not run: out of time, or an earlier step failed. */
export const notRun = (why: string) => `not run (${why})`;

export const yesNo = (value: boolean) => (value ? 'yes' : 'no');
