/**
 * The html report: a self-contained page, masked identifiers, escaped text, and (in Debian's
 * Chromium, headless, through playwright-core) highlights in place and working filters.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import html, { maskRange } from "../src/formatters/html.js";
import type { LintResult, RuleMeta } from "../src/types.js";
import { cli } from "./helpers/cli.js";
import { makeReviewProject } from "./helpers/review-project.js";

const CHROMIUM = process.env.HEALTHLINT_CHROMIUM ?? "/usr/bin/chromium";
const HAVE_CHROMIUM = fs.existsSync(CHROMIUM);
if (!HAVE_CHROMIUM && !process.env.CI) {
  console.warn(`html.test.ts: ${CHROMIUM} not found, so the browser tests are skipped here (apt-get install chromium; in CI they fail instead).`);
}

describe("maskRange", () => {
  it("masks all but the last two characters, keeps line breaks and length, and is idempotent", () => {
    const text = "MRN 12345678 here";
    const once = maskRange(text, 4, 12);
    expect(once).toBe("MRN ••••••78 here");
    expect(maskRange(once, 4, 12)).toBe(once);
    expect(maskRange("Jane\nDoe", 0, 8)).toBe("••••\n•oe");
    expect(maskRange("Jane\nDoe", 0, 8)).toHaveLength(8);
    expect(maskRange("Ann", 0, 3)).toBe("•••");
  });

  it("keeps a surrogate pair whole", () => {
    const s = "abcdef😀";
    const m = maskRange(s, 0, s.length);
    expect(m).toHaveLength(s.length);
    expect(m.endsWith("f😀")).toBe(true);
  });
});

describe("the html formatter (unit)", () => {
  const rulesMeta: Record<string, RuleMeta> = {
    "patient-identifiers": { id: "patient-identifiers", description: "Patient identifiers.", defaultSeverity: "error", messages: {}, docsUrl: "https://example.org/pi" },
    "x/claim": { id: "x/claim", description: "A <b>claim</b>.", defaultSeverity: "warn", messages: {}, docsUrl: "javascript:alert(1)" },
  };
  const source = 'Our patient <img src=x onerror="alert(1)"> Jane Roe, DOB 01/02/1950. It cures!\n';
  const start = source.indexOf("Jane Roe");
  const result: LintResult = {
    filePath: "/repo/posts/a.md",
    messages: [
      { ruleId: "patient-identifiers", severity: 2, message: "Name (…oe) of a patient.", line: 1, column: start + 1, endLine: 1, endColumn: start + 9, range: [start, start + 8] },
      { ruleId: "x/claim", severity: 1, message: "'cures' <is> a claim", line: 1, column: 1, endLine: 1, endColumn: 2, range: [source.indexOf("cures"), source.indexOf("cures") + 5] },
    ],
    errorCount: 1,
    warningCount: 1,
    infoCount: 0,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    postCount: 1,
    source,
  };
  const ctx = { cwd: "/repo", rulesMeta, color: false, version: "9.9.9" };

  it("masks the text of patient-identifiers findings unless showMatches", () => {
    const page = html([result], ctx);
    expect(page).not.toContain("Jane Roe");
    expect(page).toContain("••••••oe");
    expect(html([result], { ...ctx, showMatches: true })).toContain("Jane Roe");
  });

  it("escapes the post, messages and metadata, and links only web URLs", () => {
    const page = html([result], ctx);
    expect(page).not.toContain('<img src=x');
    expect(page).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(page).toContain("&#39;cures&#39; &lt;is&gt; a claim");
    expect(page).toContain("A &lt;b&gt;claim&lt;/b&gt;.");
    expect(page).not.toContain("javascript:");
    expect(page).toContain('href="https://example.org/pi"');
  });

  it("is self-contained: one inline script and style, allowed by hash in a CSP that loads nothing", () => {
    const page = html([result], ctx);
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page).not.toMatch(/<script[^>]+src=|<link\b|@import|url\(|<iframe|<img\b|@font-face/);
    expect(page).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
    expect(page).not.toMatch(/ style="/);
  });

  it("a finding with an empty range gets a caret, and results without text say so", () => {
    const caret = { ...result, messages: [{ ...result.messages[1], range: [3, 3] as [number, number] }], errorCount: 0 };
    expect(html([caret], ctx)).toMatch(/<mark class="seg caret on sev-1"/);
    const { source: _s, ...noText } = result;
    void _s;
    expect(html([noText], ctx)).toContain("was not included in the report");
  });
});

describe("--format html from the CLI", () => {
  it("masks a sensitive plugin rule's text (meta.sensitive), also when --quiet drops its finding", async () => {
    const dir = makeReviewProject();
    const r = await cli(["posts", "-f", "html", "-o", "report.html"], { cwd: dir });
    expect(r.code).toBe(1);
    const page = fs.readFileSync(path.join(dir, "report.html"), "utf8");
    expect(page).not.toContain("12345678");
    expect(page).not.toContain("Maria Lopez");
    expect(page).toContain("••••••78");
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    // --rule lowers the identifier rule to a warning and --quiet drops it: its text stays masked.
    const q = await cli(["posts", "-f", "html", "--quiet", "--rule", "demo/phi: warn", "-o", "quiet.html"], { cwd: dir });
    expect(q.code).toBe(0);
    const quiet = fs.readFileSync(path.join(dir, "quiet.html"), "utf8");
    expect(quiet).not.toContain("12345678");
    expect(quiet).not.toContain("Maria Lopez");
    const shown = await cli(["posts", "-f", "html", "--show-matches"], { cwd: dir });
    expect(shown.stdout).toContain("Maria Lopez");
  });
});

describe.skipIf(!HAVE_CHROMIUM && !process.env.CI)("the html report in Chromium (headless, playwright-core)", () => {
  let dir: string;
  let shots: string;
  let context: import("playwright-core").BrowserContext;
  let page: import("playwright-core").Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) {
      throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium (apt-get install -y chromium); this test must not be skipped in CI`);
    }
    dir = makeReviewProject();
    const r = await cli(["posts", "-f", "html", "-o", "report.html"], { cwd: dir });
    expect(r.code).toBe(1);
    shots = fs.mkdtempSync(path.join(os.tmpdir(), "healthlint-shots-"));
    const { chromium } = await import("playwright-core");
    context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), "healthlint-chromium-profile-")), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1200, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("request", (req) => requests.push(req.url()));
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
    });
    await page.goto(pathToFileURL(path.join(dir, "report.html")).href);
  });

  afterAll(async () => {
    await context?.close();
  });

  it("loads nothing but itself, runs its script under its CSP, and executes nothing from the posts", async () => {
    expect(requests.every((u) => u.startsWith("file://"))).toBe(true);
    expect(requests).toHaveLength(1);
    expect(problems).toEqual([]);
    expect(await page.textContent("#shown")).toBe("Showing 7 of 7 findings");
    expect(await page.locator("pre.source script").count()).toBe(0);
    expect(await page.locator("pre.source").first().innerText()).not.toContain("Maria");
  });

  it("highlights every finding in place, masked where sensitive", async () => {
    const on = page.locator("mark.seg.on");
    expect(await on.count()).toBeGreaterThanOrEqual(7);
    const mrn = page.locator("mark.seg[data-masked]", { hasText: "78" });
    expect(await mrn.first().innerText()).toBe("••••••78");
    expect(await page.locator("mark.seg.on.sev-2[data-masked]").count()).toBe(2);
    const claim = page.locator("mark.seg.on.sev-1", { hasText: "cures" });
    expect(await claim.count()).toBe(2);
    // The docs links: a web URL becomes a link; a javascript: URL from a plugin does not.
    expect(await page.locator('li.finding a.rule[href="https://example.org/docs/absolute-claim"]').count()).toBe(3);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.screenshot({ path: path.join(shots, "report.png"), fullPage: true });
  });

  it("filters by rule and by severity hide and show findings and their highlights", async () => {
    const visible = () => page.locator("li.finding:visible").count();
    await page.uncheck('input[data-filter="rule"][value="demo/absolute-claim"]');
    expect(await page.textContent("#shown")).toBe("Showing 4 of 7 findings");
    expect(await visible()).toBe(4);
    expect(await page.locator('li.finding[data-rule="demo/absolute-claim"]:visible').count()).toBe(0);
    expect(await page.locator("mark.seg.on", { hasText: "cures" }).count()).toBe(0);
    // the text stays: only the highlight goes
    expect(await page.locator("mark.seg", { hasText: "cures" }).count()).toBe(2);

    await page.uncheck('input[data-filter="severity"][value="2"]');
    expect(await page.textContent("#shown")).toBe("Showing 2 of 7 findings");
    expect(await page.locator("mark.seg.on.sev-2").count()).toBe(0);
    // recovery.md has only error and claim findings: with both filtered out, its section hides
    expect(await page.locator("section.file", { hasText: "posts/recovery.md" }).isVisible()).toBe(false);
    await page.screenshot({ path: path.join(shots, "filtered.png"), fullPage: true });

    await page.check('input[data-filter="severity"][value="2"]');
    await page.click('button[data-group="rule"][data-all="on"]');
    expect(await page.textContent("#shown")).toBe("Showing 7 of 7 findings");
    expect(await page.locator("section.file", { hasText: "posts/recovery.md" }).isVisible()).toBe(true);
    console.info(`html.test.ts: screenshots in ${shots}`);
  });
});
