import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;
type Violation = AxeResults["violations"][number];

const BLOCKING = new Set(["serious", "critical"]);

/** `include`: only these parts (e.g. our extension inside a page whose shell is someone else's). */
type AxeOptions = { include?: string[]; exclude?: string[]; disableRules?: string[] };

function analyze(page: Page, options: AxeOptions): Promise<AxeResults> {
  let builder = new AxeBuilder({ page });
  for (const selector of options.include ?? []) builder = builder.include(selector);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  return builder.analyze();
}

/** In a context with JavaScript disabled, evaluate() still runs but timers never fire (axe would hang). */
const jsByContext = new WeakMap<object, boolean>();

async function javaScriptRuns(page: Page): Promise<boolean> {
  const known = jsByContext.get(page.context());
  if (known !== undefined) return known;
  const result = await probeJavaScript(page);
  jsByContext.set(page.context(), result);
  return result;
}

async function probeJavaScript(page: Page): Promise<boolean> {
  const probe = page
    .evaluate(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0)))
    .catch(() => false);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 750));
  return Promise.race([probe, timeout]);
}

/**
 * Pages of a no-JavaScript test: replay the exact HTML the page received in a
 * helper page with JavaScript on (stylesheets and images still load from the
 * server), and run axe there.
 */
async function analyzeWithoutJavaScript(page: Page, options: AxeOptions): Promise<AxeResults> {
  const browser = page.context().browser();
  if (!browser) throw new Error("expectNoSeriousA11yViolations: cannot open a helper context");
  const url = page.url();
  const html = await page.content();
  const helperContext = await browser.newContext({
    javaScriptEnabled: true,
    viewport: page.viewportSize() ?? undefined,
  });
  try {
    const helper = await helperContext.newPage();
    await helper.route(
      (u) => u.href === url,
      (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
      { times: 1 },
    );
    await helper.goto(url);
    return await analyze(helper, options);
  } finally {
    await helperContext.close();
  }
}

function describe(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `      - ${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ").trim() ?? ""}`)
        .join("\n");
      const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : "";
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join("\n");
}

/**
 * Run axe-core on the current page and fail on any violation of impact
 * "serious" or "critical", listing each rule and the offending elements.
 * Lesser findings (minor/moderate) are attached to the test report, not failed on.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  options: AxeOptions = {},
): Promise<void> {
  const results = (await javaScriptRuns(page))
    ? await analyze(page, options)
    : await analyzeWithoutJavaScript(page, options);

  const blocking = results.violations.filter((v) => v.impact && BLOCKING.has(v.impact));
  const other = results.violations.filter((v) => !v.impact || !BLOCKING.has(v.impact));
  if (other.length) {
    console.info(`axe (${page.url()}): non-blocking findings:\n${describe(other)}`);
  }
  expect(blocking.length, `Serious/critical accessibility violations on ${page.url()}:\n${describe(blocking)}`).toBe(0);
}
