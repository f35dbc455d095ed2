// Drives `discorsi playground` in headless Chromium, as a person would:
// onboarding in Arabic, a service card and its buttons, then a broadcast
// sent as the leader arriving at the member. Saves a screenshot.
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

  // The member, first contact: /start, choose Arabic, accept the notice.
  await page.getByRole("button", { name: /Amina/ }).click();
  await say("/start");
  await bubble("اختر لغتك").waitFor();
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

  // The leader sends an announcement…
  await page.getByRole("button", { name: /Fatou/ }).click();
  await say("/menu");
  await bubble("Menu principal").waitFor();
  await button("📣 Nouvelle annonce").click();
  await bubble("Annonce pour").waitFor();
  await say("Réunion samedi à 10 h, au local de l'association");
  await bubble("L'aperçu est ci-dessus").waitFor();
  await button("✅ Envoyer maintenant").click();
  await bubble("L'envoyer maintenant").waitFor();
  await button("✅ Confirmer").click();
  await bubble("Envoi lancé").waitFor();

  // …and it arrives at the member.
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
