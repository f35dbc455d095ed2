// Drives `discorsi playground` in headless Chromium, as a person would:
// a new chat's Start button, onboarding in Arabic, a service card and its
// buttons, a button in an older message (the page must not jump), then a
// broadcast sent as the leader arriving at the member. Saves a screenshot.
//
//   node tests/browser/playground.mjs target/debug/discorsi [screenshot.png]
import { spawn } from "node:child_process";
import { chromium } from "playwright-core";

const bin = process.argv[2] ?? "target/debug/discorsi";
const shot = process.argv[3] ?? "target/playground.png";
let child;
const fail = (why) => {
  console.error("browser test failed:", why);
  console.log("browser: 0 passed, 1 failed");
  child?.kill();
  process.exit(1);
};

child = spawn(bin, ["playground", "--port", "0"], { env: { ...process.env, LOG_LEVEL: "warn" }, stdio: ["ignore", "pipe", "inherit"] });
const base = await new Promise((resolve, reject) => {
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
    const m = out.match(/http:\/\/127\.0\.0\.1:\d+/);
    if (m) resolve(m[0]);
  });
  child.on("exit", (c) => reject(new Error("playground exited " + c)));
  const timer = setTimeout(() => reject(new Error("playground did not start")), 30000);
  timer.unref();
}).catch(fail);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-quic"],
  // Playwright gives every launch a fresh, empty user data directory.
});
try {
  const page = await browser.newPage({ viewport: { width: 420, height: 860 } });
  page.setDefaultTimeout(20000);
  await page.goto(base);
  const bubble = (text) => page.locator(".msg", { hasText: text }).last();
  const button = (name) => page.getByRole("button", { name, exact: true }).last();
  const say = async (text) => { await page.fill("#text", text); await page.press("#text", "Enter"); };

  // The member, first contact: an empty chat shows Telegram's Start button
  // in place of the message field; it sends /start.
  await page.getByRole("button", { name: /Amina/ }).click();
  const start = page.locator("#startButton");
  await start.waitFor({ state: "visible" });
  if (await page.locator("#text").isVisible()) fail("the message field shows in a chat never started");
  if ((await start.innerText()).trim() !== "ابدأ") fail("Start is not in the client's language: " + await start.innerText());
  await start.click();
  await page.locator(".msg.me", { hasText: "/start" }).waitFor();
  await bubble("اختر لغتك").waitFor();
  if (await start.isVisible()) fail("Start stays after the chat started");
  await page.locator("#text").waitFor({ state: "visible" });
  await button("العربية").click();
  await bubble("قبل أن نبدأ").waitFor();
  await button("✅ أوافق").click();
  await bubble("القائمة الرئيسية").waitFor();
  // Arabic renders right to left.
  const dir = await bubble("القائمة الرئيسية").evaluate((el) => getComputedStyle(el).direction);
  if (dir !== "rtl") fail("Arabic bubble direction is " + dir);

  // Browse to a service card and press its buttons.
  await button("🔎 ابحث عن خدمة").click();
  await bubble("ما نوع المساعدة").waitFor();
  await button("🩺 الصحة").click();
  await button("العلاج بدون أوراق إقامة").click();
  await button("Torino").click();
  await bubble("الصفحة 1 من 1").waitFor();
  await button("3").click();
  await bubble("Arsenale della Pace").waitFor();
  await button("🗺 الخريطة").click();
  await page.locator(".msg", { hasText: "📍 Poliambulatorio" }).last().waitFor();
  await button("➡️ رجوع").click();
  await bubble("الصفحة 1 من 1").waitFor();

  // Two typed searches (Turin is her region now: the list comes at once)…
  for (const q of ["طبيب", "سكن"]) {
    await say(q);
    await bubble("نتائج").filter({ hasText: q }).waitFor();
  }
  // …then a button in an older message: the chat stays where the reader is.
  const chatState = () => page.evaluate(() => {
    const c = document.getElementById("chat");
    return { top: c.scrollTop, max: c.scrollHeight - c.clientHeight, text: c.innerText };
  });
  const older = page.locator(".msg", { hasText: "طبيب" }).filter({ hasText: "نتائج" }).first();
  await older.evaluate((el) => el.scrollIntoView({ block: "start" }));
  const before = await chatState();
  if (before.max - before.top < 100) fail("the older message is not above the bottom: " + JSON.stringify([before.top, before.max]));
  // Clicked as a finger would, without the test tool scrolling to it first.
  await older.getByRole("button", { name: "1", exact: true }).evaluate((el) => el.click());
  await page.waitForFunction((t) => document.getElementById("chat").innerText !== t, before.text);
  await page.waitForTimeout(1600); // two more refreshes of the page
  const after = await chatState();
  if (Math.abs(after.top - before.top) > 4) fail("pressing an older button moved the chat from " + before.top + " to " + after.top + " (bottom " + after.max + ")");

  // The leader, whose chat is new too, starts it and sends an announcement…
  await page.getByRole("button", { name: /Fatou/ }).click();
  await start.waitFor({ state: "visible" });
  if ((await start.innerText()).trim().toLowerCase() !== "démarrer") fail("Start in French is " + await start.innerText());
  await start.click();
  await bubble("Menu principal").waitFor();
  await button("📣 Nouvelle annonce").click();
  await bubble("Annonce pour").waitFor();
  await say("Réunion samedi à 10 h, au local de l'association");
  await bubble("L'aperçu est ci-dessus").waitFor();
  await button("✅ Envoyer maintenant").click();
  await bubble("L'envoyer maintenant").waitFor();
  await button("✅ Confirmer").click();
  await bubble("Envoi lancé").waitFor();

  // Staff's charts on a 390 px phone: the smallest chart text (26 px in the
  // image) is at least 12 CSS px where the photo is shown.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("button", { name: /Giulia/ }).click();
  await start.click();
  await bubble("Menu principale").waitFor();
  await say("/report");
  await bubble("Quale periodo").waitFor();
  await button("Mese scorso").click();
  await button("📈 Grafici").click();
  const chart = page.locator(".msg.photo img").last();
  await chart.waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll(".msg.photo img")].every((i) => i.complete && i.naturalWidth > 0));
  const seen = await chart.evaluate((i) => ({ shown: i.getBoundingClientRect().width, natural: i.naturalWidth }));
  const smallest = 26 * seen.shown / seen.natural;
  if (smallest < 12) fail("chart text is " + smallest.toFixed(1) + " CSS px (" + JSON.stringify(seen) + ")");
  await page.setViewportSize({ width: 420, height: 860 });

  // …and the announcement arrives at the member.
  await page.getByRole("button", { name: /Amina/ }).click();
  await bubble("Réunion samedi à 10 h").waitFor();
  await page.screenshot({ path: shot, fullPage: false });
  console.log("browser: 1 passed, 0 failed (screenshot: " + shot + ")");
} catch (e) {
  fail(e.message);
} finally {
  await browser.close();
  child.kill();
}
process.exit(0);
