// What many end-to-end specs share: the demo logins, a unique suffix per run, a Moscow browser
// context, and the sign-in form (the same on /account/login, /sell/login and /manage/login).
import type { Browser, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../../scripts/lib/util.mjs";

// the seed's own list, so a changed demo password cannot leave the specs behind
const demo = JSON.parse(readFileSync(path.join(ROOT, "backend/src/scripts/demo-logins.json"), "utf8")) as {
  logins: { role: string; email: string; password: string }[];
};

export type Credentials = { email: string; password: string };

function demoLogin(role: string): Credentials {
  const login = demo.logins.find((l) => l.role === role);
  if (!login) throw new Error(`no demo ${role} login in demo-logins.json`);
  return { email: login.email, password: login.password };
}

export const MASTER = demoLogin("artisan");
export const MANAGER = demoLogin("manager");

/** A suffix that keeps names unique across runs on the same database. */
export function runId(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** A fresh browser context (its own cookies) as a Moscow resident sees the site. */
export async function newPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: "ru-RU", timezoneId: "Europe/Moscow" });
  return { context, page: await context.newPage() };
}

/** Fills a sign-in form at `path` and sends it; where it leads is the caller's to check. */
export async function signIn(page: Page, path: string, creds: Credentials) {
  await page.goto(path);
  await page.getByLabel("Электронная почта").fill(creds.email);
  await page.getByLabel("Пароль").fill(creds.password);
  await page.getByRole("button", { name: "Войти" }).click();
}
