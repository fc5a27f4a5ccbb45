// The WordPress plugin in a real WordPress (Debian's package), not a mock. Needs `php-cli`,
// `php-mysql`, `mariadb-server` and `wordpress` (.ci/run installs them when missing), Chromium, and
// `dist/clinic-elements-wordpress.zip` (`npm run build`). No network, no mail server, no root services:
//   1. MariaDB in a scratch data folder on a socket; a scratch copy of /usr/share/wordpress with its
//      own wp-config.php (WP_DEBUG on, the log in the scratch folder); PHP's built-in server on a
//      loopback port; a fresh Dutch site with an editor, an author and a contributor;
//   2. the zip uploaded and activated as an administrator would;
//   3. what each role may save, what a visitor's browser gets (Chromium), the REST route's answers,
//      wp-admin's list, uninstalling, and the PHP log.
// Prints one line per check and `N passed, N failed`; exits 1 on any failure.
//   node test/wordpress-plugin/run.mjs [--keep]   (--keep: leave the scratch folder and say where)
//   WORDPRESS_BROWSER=firefox node test/wordpress-plugin/run.mjs   (the browser checks in Firefox ESR)
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium, findFirefox } from '../support/browsers.mjs';
import { formTexts } from '../../scripts/wordpress-zip.mjs';

const projectRoot = new URL('../..', import.meta.url).pathname;
const here = new URL('.', import.meta.url).pathname;
const zipFile = join(projectRoot, 'dist/clinic-elements-wordpress.zip');
const wordpressSource = process.env.WORDPRESS_PATH ?? '/usr/share/wordpress';
const keep = process.argv.includes('--keep');
const startedAt = Date.now();

// ---- Reporting ----------------------------------------------------------------------------------
const outcomes = { passed: 0, failed: 0 };
function check(name, passed, detail = '') {
  outcomes[passed ? 'passed' : 'failed'] += 1;
  console.log(`${passed ? '  ok  ' : '  FAIL'} ${name}${!passed && detail ? `\n         ${String(detail).replace(/\n/g, '\n         ')}` : ''}`);
  return passed;
}
const section = (title) => console.log(`\n${title}`);

// ---- Processes we start, stopped at the end by their own ids ------------------------------------
const children = [];
let scratch;
function stopEverything() {
  for (const child of [...children].reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    // Each was started as the leader of a process group of its own: PHP's server forks workers
    // (PHP_CLI_SERVER_WORKERS) that outlive their parent unless the whole group is stopped.
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
}
process.on('exit', stopEverything);
process.on('SIGINT', () => process.exit(130));

async function finish() {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  const exited = children.map((child) => (child.exitCode === null && child.signalCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null));
  stopEverything();
  await Promise.race([Promise.all(exited), sleep(15000)]);
  if (scratch) {
    await sleep(300);
    const leftOver = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes(scratch) && !line.includes(' ps '));
    check(`every process the test started has stopped (MariaDB, PHP's server and its workers)`, leftOver.length === 0, leftOver.join('\n'));
  }
  if (scratch && !keep && outcomes.failed === 0) rmSync(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  else if (scratch) console.log(`\nScratch folder kept: ${scratch}`);
  console.log(`\nWordPress plugin test: ${seconds} s`);
  console.log(`${outcomes.passed} passed, ${outcomes.failed} failed`);
  process.exit(outcomes.failed === 0 ? 0 : 1);
}

async function fatal(message) {
  check(message, false);
  await finish();
}

/** Imports a TypeScript module of the widgets (bundled with esbuild in memory). */
async function importTypeScript(path) {
  const bundled = await build({ entryPoints: [path], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const commandExists = (name) => {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
};

// ---- 1. The machine -----------------------------------------------------------------------------
section('Machine');
const mariadbServer = ['mariadbd', 'mysqld', '/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((name) => commandExists(name) || existsSync(name));
const missing = [
  ['php', commandExists('php')],
  ['mariadbd (mariadb-server)', !!mariadbServer],
  ['mariadb-install-db (mariadb-server)', commandExists('mariadb-install-db')],
  [`WordPress in ${wordpressSource}`, existsSync(join(wordpressSource, 'wp-settings.php'))],
  ['dist/clinic-elements-wordpress.zip (npm run build)', existsSync(zipFile)],
].filter(([, present]) => !present);
if (missing.length > 0) await fatal(`missing: ${missing.map(([name]) => name).join(', ')}. Install with: sudo apt-get install -y wordpress mariadb-server php-cli php-mysql`);
const phpHasMysql = execFileSync('php', ['-r', 'echo extension_loaded("mysqli") ? "yes" : "no";']).toString() === 'yes';
if (!phpHasMysql) await fatal('PHP has no mysqli extension: sudo apt-get install -y php-mysql');
check('php, mariadb-server, WordPress and the plugin zip are here', true);

scratch = mkdtempSync(join(tmpdir(), 'clinic-wordpress-'));
const dataFolder = join(scratch, 'mysql');
const socket = join(scratch, 'mysql.sock');
const site = join(scratch, 'site');
const debugLog = join(scratch, 'wordpress-debug.log');
const pluginErrors = join(scratch, 'clinic-elements-errors.log');
const serverLog = [];

// MariaDB in a scratch data folder, on a socket only.
const isRoot = process.getuid?.() === 0;
const databaseUser = isRoot ? 'root' : process.env.USER || execFileSync('id', ['-un']).toString().trim();
execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${dataFolder}`, '--auth-root-authentication-method=socket', '--skip-test-db', ...(isRoot ? ['--user=root'] : [])], { stdio: 'pipe' });
const mariadb = spawn(mariadbServer, ['--no-defaults', `--datadir=${dataFolder}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(scratch, 'mysql.pid')}`, `--log-error=${join(scratch, 'mysql.err')}`, ...(isRoot ? ['--user=root'] : [])], { stdio: 'ignore', detached: true });
children.push(mariadb);
let databaseReady = false;
for (let attempt = 0; attempt < 100 && !databaseReady; attempt += 1) {
  await sleep(100);
  try {
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, `-u${databaseUser}`, '-e', 'CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4'], { stdio: 'pipe' });
    databaseReady = true;
  } catch {
    /* not up yet */
  }
}
if (!databaseReady) await fatal(`MariaDB did not start: ${existsSync(join(scratch, 'mysql.err')) ? readFileSync(join(scratch, 'mysql.err'), 'utf8').slice(-800) : ''}`);
check('MariaDB runs in a scratch data folder on a socket', true);

// A scratch copy of Debian's WordPress (hard links where the file system allows: instant, and no
// file of it is ever written to; wp-config.php is replaced, not edited).
try {
  execFileSync('cp', ['-al', wordpressSource, site], { stdio: 'pipe' });
} catch {
  rmSync(site, { recursive: true, force: true });
  execFileSync('cp', ['-a', wordpressSource, site]);
}
for (const file of ['wp-config.php', '.htaccess']) {
  if (existsSync(join(site, file))) unlinkSync(join(site, file));
}
// A must-use plugin of the test's that notes PHP errors whose call stack passes through our plugin.
mkdirSync(join(site, 'wp-content/mu-plugins'), { recursive: true });
copyFileSync(join(here, 'error-trace.php'), join(site, 'wp-content/mu-plugins/clinic-elements-error-trace.php'));
copyFileSync(join(here, 'script-modules-stand-in.php'), join(site, 'wp-content/mu-plugins/script-modules-stand-in.php'));
const port = await freePort();
const host = `127.0.0.1:${port}`;
const origin = `http://${host}`;
const salt = () => Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
writeFileSync(
  join(site, 'wp-config.php'),
  `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', '${databaseUser}' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${debugLog}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
);

/** Runs a command of site.php inside the site and returns its JSON answer. */
function wp(command, argument = {}) {
  let output;
  try {
    output = execFileSync('php', ['-d', 'display_errors=stderr', join(here, 'site.php'), command, JSON.stringify(argument)], {
      env: { ...process.env, CLINIC_WP_ROOT: site, CLINIC_WP_HOST: host, CLINIC_WP_PLUGIN_ERRORS: pluginErrors },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    }).toString();
  } catch (error) {
    throw new Error(`site.php ${command} failed: ${error.stderr?.toString() || error.message}`);
  }
  const lines = output.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

const php = spawn('php', ['-S', host, '-t', site, join(here, 'router.php')], { env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4', CLINIC_WP_PLUGIN_ERRORS: pluginErrors }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
children.push(php);
php.stdout.on('data', (chunk) => serverLog.push(chunk.toString()));
php.stderr.on('data', (chunk) => serverLog.push(chunk.toString()));

let installed;
try {
  installed = wp('install', { language: 'nl_NL' });
} catch (error) {
  await fatal(error.message);
}
check('a fresh site is installed (Dutch, with an editor, an author and a contributor)', installed.installed && installed.language === 'nl_NL', JSON.stringify(installed));

let serverUp = false;
for (let attempt = 0; attempt < 50 && !serverUp; attempt += 1) {
  try {
    serverUp = (await fetch(`${origin}/`)).ok;
  } catch {
    await sleep(100);
  }
}
if (!serverUp) await fatal(`PHP's built-in server did not answer on ${origin}: ${serverLog.join('').slice(-800)}`);
check(`PHP's built-in server serves the site on ${origin}`, true);

// ---- 2. The plugin zip, as an administrator uploads it -------------------------------------------
section('Plugin zip');
const upload = wp('upload-plugin', { zip: zipFile });
check('the zip installs through WordPress’s own plugin upload (Plugin_Upgrader)', upload.installed, JSON.stringify(upload.messages));
for (const file of ['clinic-elements.php', 'readme.txt', 'assets/clinic-elements.css', 'generated/allowed-html.php', 'generated/patterns.php']) {
  check(`the zip holds clinic-elements/${file}`, existsSync(join(site, 'wp-content/plugins/clinic-elements', file)));
}
check('the zip holds the built script', existsSync(join(site, 'wp-content/plugins/clinic-elements/assets/clinic-elements.loader.js')) || existsSync(join(site, 'wp-content/plugins/clinic-elements/assets/clinic-elements.min.js')));

// The server's format checks against the widget's own (validators.ts), on the same values.
const { isEmail, isPhone, isPostcode } = await importTypeScript(join(projectRoot, 'src/components/contact-form/validators.ts'));
const samples = {
  email: ['anna@voorbeeld.nl', ' anna@voorbeeld.nl ', 'a@b.co', 'piet@voorbeeld', 'piet@', 'a b@c.nl', 'x@y.123', 'ä@ü.de', 'anna@@x.nl', 'a@b.c', 'anna@sub.voorbeeld.nl', ''],
  phone: ['0493-123456', '06 12 34 56 78', '+31 (0)6 12345678', '0800 1234', '12345', '+31 6 12345678', '0031612345678', '(0493) 123 456', '06-1234567', '+0 12345678', '0900-12345678', '0493.123.456', '06/12345678', 'O6 12345678'],
  postcode: ['5751 AB', '5751ab', '0123 AB', '5751 SA', '5751 sd', '5751  AB', '5751 A', ' 5751AB ', '57510 AB', '5751 ÄB'],
};
const jsAnswers = { email: samples.email.map(isEmail), phone: samples.phone.map(isPhone), postcode: samples.postcode.map(isPostcode) };
const phpAnswers = JSON.parse(
  execFileSync('php', ['-r', `define('ABSPATH', '/'); require '${join(site, 'wp-content/plugins/clinic-elements/includes/message-validation.php')}'; $samples = json_decode(stream_get_contents(STDIN), true); echo json_encode(array('email' => array_map('clinic_elements_is_email', $samples['email']), 'phone' => array_map('clinic_elements_is_phone', $samples['phone']), 'postcode' => array_map('clinic_elements_is_postcode', $samples['postcode'])));`], { input: JSON.stringify(samples) }).toString(),
);
for (const kind of Object.keys(samples)) {
  const differing = samples[kind].filter((value, index) => jsAnswers[kind][index] !== phpAnswers[kind][index]);
  check(`the server’s ${kind} check answers as the widget’s on ${samples[kind].length} values`, differing.length === 0, `they differ on: ${JSON.stringify(differing)}`);
}

const patternFile = wp('pattern-file');
const seedContent = [
  '<!-- wp:paragraph -->\n<p>Heb je stijfheid of een zeurende pijn in rug of nek, vooral na zitten of ’s ochtends?</p>\n<!-- /wp:paragraph -->',
  ...patternFile.map((pattern) => `<!-- wp:html -->\n${pattern.content}\n<!-- /wp:html -->`),
].join('\n\n');
const openingTags = (html) => html.match(/<clinic-[a-z-]+\b(?:[^>"']|"[^"]*"|'[^']*')*>/g) ?? [];
const tagNames = (html) => new Set(openingTags(html).map((tag) => tag.match(/^<([a-z-]+)/)[1]));
const seedTags = openingTags(seedContent);
check(`the seed page (from the plugin’s patterns) has the six tags: ${[...tagNames(seedContent)].sort().join(', ')}`, tagNames(seedContent).size === 6);

const before = wp('save-post', { as: 'author', title: 'Artrose (zonder plugin)', content: seedContent });
check(`without the plugin, an Author keeps ${openingTags(before.content).length} of ${seedTags.length} clinic-* tags (the issue: 0)`, openingTags(before.content).length === 0);

const activation = wp('activate-plugin');
check('the plugin activates', activation.activated, activation.error);

// ---- 3. What each role may save -------------------------------------------------------------------
section('Saving as each role');
const seedPost = wp('save-post', { as: 'author', title: 'Artrose in de wervelkolom', content: seedContent });
const keptTags = openingTags(seedPost.content);
check(`an Author saves the seed page: every clinic-* tag kept with its attributes (${keptTags.length} of ${seedTags.length})`, JSON.stringify(keptTags) === JSON.stringify(seedTags), seedTags.filter((tag) => !keptTags.includes(tag)).slice(0, 3).join('\n'));
check('an Author saves the seed page: the whole content unchanged (slot, hidden, data-red-flags, details, table…)', seedPost.content === seedContent);
const contributorPost = wp('save-post', { as: 'contributor', title: 'Artrose (bijdrager)', content: seedContent, status: 'pending' });
check('a Contributor’s seed page keeps every clinic-* tag too', JSON.stringify(openingTags(contributorPost.content)) === JSON.stringify(seedTags));

const hostile = [
  '<form action="/elders"><input name="x"><button>Go</button></form>',
  '<script>alert(1)</script>',
  '<clinic-faq searchable onclick="alert(2)" onmouseover="alert(3)" bogus="1" data-i18n-toggle-all="Alles"><details><summary>V</summary><p>A</p></details></clinic-faq>',
  '<clinic-contact-form privacy-href="javascript:alert(4)" action="javascript:alert(5)"></clinic-contact-form>',
  '<clinic-location-picker name="b"><clinic-location value="x" label="X" href="javascript:alert(6)"></clinic-location></clinic-location-picker>',
  '<clinic-symptom-checklist><ul><li onclick="alert(7)">A</li></ul><p slot="match" style="color:red">M</p></clinic-symptom-checklist>',
  '<clinic-unknown>?</clinic-unknown>',
].join('\n');
const hostilePost = wp('save-post', { as: 'author', title: 'Probeersel', content: hostile });
const saved = hostilePost.content;
// (<button> was WordPress's own before the plugin: its default allow-list has it.)
check('an Author cannot save <form>, <input>, <script>', !/<(form|input|script)\b/i.test(saved), saved);
check('an Author cannot save on* attributes or javascript: URLs (href, action, privacy-href)', !/\son[a-z]+\s*=/i.test(saved) && !/javascript:/i.test(saved), saved);
check('undocumented attributes and tags go (bogus="1", <clinic-unknown>)', !/bogus=/.test(saved) && !/clinic-unknown/.test(saved), saved);
check('documented attributes, slot and the contract’s data-* stay (searchable, data-i18n-toggle-all, slot="match")', /<clinic-faq searchable/.test(saved) && /data-i18n-toggle-all="Alles"/.test(saved) && /slot="match"/.test(saved), saved);
const capabilities = wp('capabilities');
check('Messages are for editors and administrators only (author, contributor: no)', capabilities.admin && capabilities.editor && !capabilities.author && !capabilities.contributor, JSON.stringify(capabilities));
const plainPost = wp('save-post', { as: 'author', title: 'Over ons', content: '<!-- wp:paragraph -->\n<p>De Fysioclub heeft zes vestigingen.</p>\n<!-- /wp:paragraph -->' });

const registered = wp('patterns');
check(`block patterns in the “Clinic Elements” category: ${Object.keys(registered.patterns).length} (FAQ, checklist, phases, branches, contact form)`, registered.category && Object.keys(registered.patterns).length === 5, JSON.stringify(Object.keys(registered.patterns)));

// ---- 4. What a visitor gets --------------------------------------------------------------------------
section('Pages');
const restUrl = `${origin}/wp-json/clinic-elements/v1/messages`;
const seedHtml = await (await fetch(seedPost.url)).text();
const head = seedHtml.slice(0, seedHtml.indexOf('</head>'));
check('the seed page links the pre-upgrade stylesheet in <head>', /<link[^>]+clinic-elements\/assets\/clinic-elements\.css/.test(head));
check('the seed page loads our script as a module', /<script[^>]*type="module"[^>]*clinic-elements\/assets\/clinic-elements\.(loader|min)\.js|<script[^>]*clinic-elements\/assets\/clinic-elements\.(loader|min)\.js[^>]*type="module"/.test(seedHtml));
check('the contact form without action gets the REST route as action', seedHtml.includes(`<clinic-contact-form action="${restUrl}"`), seedHtml.match(/<clinic-contact-form[^>]*>/)?.[0]);
const plainHtml = await (await fetch(plainPost.url)).text();
writeFileSync(join(scratch, 'seed-page.html'), seedHtml);
writeFileSync(join(scratch, 'plain-page.html'), plainHtml);
check('a page without tags names none of our files', !plainHtml.includes('plugins/clinic-elements'));

const texts = await formTexts();
// Chromium, or Firefox ESR with WORDPRESS_BROWSER=firefox (through WebDriver BiDi).
const useFirefox = process.env.WORDPRESS_BROWSER === 'firefox';
const browserName = useFirefox ? 'Firefox' : 'Chromium';
const browser = useFirefox
  ? await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox() ?? '/usr/bin/firefox-esr', headless: true, protocolTimeout: 30000 })
  : await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs, protocolTimeout: 30000 });
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(seedPost.url, { waitUntil: 'networkidle0' });
  const upgraded = await page.evaluate(async () => {
    const tags = ['clinic-faq', 'clinic-symptom-checklist', 'clinic-phase-table', 'clinic-location-picker', 'clinic-contact-form'];
    await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), new Promise((resolve) => setTimeout(resolve, 10000))]);
    // Upgraded: the element on the page is an instance of its registered class.
    return tags.filter((tag) => customElements.get(tag) && document.querySelector(tag) instanceof customElements.get(tag));
  });
  check(`${browserName}: the five widgets upgrade (${upgraded.length} of 5)`, upgraded.length === 5, upgraded.join(', '));

  await page.click('clinic-faq details summary');
  check(`${browserName}: the FAQ opens a question`, await page.$eval('clinic-faq details', (details) => details.open));

  const boxes = await page.$$('clinic-symptom-checklist ul:not([data-red-flags]) input[type=checkbox]');
  if (boxes.length >= 2) {
    await boxes[0].click();
    await boxes[1].click();
  }
  const matchShown = await page
    .waitForFunction(() => document.querySelector('clinic-symptom-checklist [slot=match]')?.getBoundingClientRect().height > 0, { timeout: 3000 })
    .then(() => true, () => false);
  check(`${browserName}: the checklist makes checkboxes, and two ticks show the match message`, boxes.length >= 2 && matchShown);

  const phases = await page.$eval('clinic-phase-table', (table) => table.shadowRoot.childElementCount > 0 || table.shadowRoot.textContent.trim().length > 0);
  check(`${browserName}: the phase table renders`, phases);

  await page.locator('clinic-location-picker:not(clinic-contact-form clinic-location-picker) clinic-location[value="gemert"] >>> [part~="radio"]').click();
  check(`${browserName}: the branch picker chooses a branch`, (await page.$eval('clinic-location-picker', (picker) => picker.value)) === 'gemert');

  // The contact form: the standard form the widget renders, with the branches to choose from.
  await page.locator('clinic-contact-form input[name="name"]').fill('Anna de Vries');
  const typingStarted = Date.now();
  await page.locator('clinic-contact-form input[name="email"]').fill('anna@voorbeeld.nl');
  await page.locator('clinic-contact-form input[name="phone"]').fill('0493-123456');
  await page.locator('clinic-contact-form clinic-location[value="helmond"] >>> [part~="radio"]').click();
  await page.locator('clinic-contact-form textarea[name="message"]').fill('Ik heb last van mijn rug, vooral ’s ochtends.');
  // The two ticks from the checklist above, added to the message by the visitor's click.
  await page.locator('clinic-contact-form >>> [part="add-symptoms"]').click();
  await page.locator('clinic-contact-form input[name="consent"]').click();
  await sleep(Math.max(0, 2700 - (Date.now() - typingStarted))); // the widget's min-fill-ms (2500)
  const storedBefore = wp('messages').length;
  await page.locator('clinic-contact-form button:not([type=button])').click();
  const succeeded = await page
    .waitForFunction(() => {
      const success = document.querySelector('clinic-contact-form').shadowRoot.querySelector('[part=success]');
      return success && !success.hidden;
    }, { timeout: 10000 })
    .then(() => true, () => false);
  check(`${browserName}: the standard form sends and its success shows`, succeeded);
  const stored = wp('messages');
  const message = stored[stored.length - 1]?.meta ?? {};
  check('the message is stored with its branch (helmond), name, e-mail, phone and text', stored.length === storedBefore + 1 && message._clinic_branch === 'helmond' && message._clinic_name === 'Anna de Vries' && message._clinic_email === 'anna@voorbeeld.nl' && message._clinic_phone === '0493-123456' && /rug/.test(message._clinic_message), JSON.stringify(message));
  check('the checklist’s two ticks are stored with it (in the message, where the widget adds them)', /- Startstijfheid[^\n]*\n- Zeurende/.test(message._clinic_message ?? ''), message._clinic_message);
  check('no mail server: the message is kept, marked unsent, with the reason', message._clinic_mail_status === 'unsent' && !!message._clinic_mail_problem, JSON.stringify(message));
  check('its e-mail went to the site’s admin e-mail (no address set)', message._clinic_mail_to === 'admin@fysioclub.test', message._clinic_mail_to);
  check('the visitor’s IP address is not kept (the setting is off)', !('_clinic_ip' in message));
  check(`${browserName}: no script errors on the seed page`, problems.length === 0, problems.join('\n'));

  // WordPress 6.5 and later: the script-module API (a stand-in on Debian's 6.1, see script-modules-stand-in.php).
  wp('set-option', { name: 'clinic_test_script_modules', value: '1' });
  const moduleHtml = await (await fetch(seedPost.url)).text();
  check(
    'with the script-module API (6.5+), the script goes through wp_enqueue_script_module, not a module <script> of its own',
    /<script type="module" src="[^"]+clinic-elements\/assets\/clinic-elements\.(loader|min)\.js\?ver=[^"]+" id="clinic-elements-js-module">/.test(moduleHtml) && !moduleHtml.includes('id="clinic-elements-js"') && !moduleHtml.includes("id='clinic-elements-js'"),
    moduleHtml.match(/<script[^>]*clinic-elements[^>]*>/g)?.join('\n'),
  );
  await page.goto(seedPost.url, { waitUntil: 'networkidle0' });
  const upgradedAsModule = await page.evaluate(() => ['clinic-faq', 'clinic-symptom-checklist', 'clinic-phase-table', 'clinic-location-picker', 'clinic-contact-form'].filter((tag) => customElements.get(tag) && document.querySelector(tag) instanceof customElements.get(tag)).length);
  check(`${browserName}: through the script-module path the five widgets upgrade too (${upgradedAsModule} of 5)`, upgradedAsModule === 5);
  wp('set-option', { name: 'clinic_test_script_modules', value: '' });

  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(plainPost.url, { waitUntil: 'networkidle0' });
  check(`${browserName}: a page without tags loads none of our files (${requested.length} requests)`, requested.length > 0 && !requested.some((url) => url.includes('/plugins/clinic-elements/')), requested.filter((url) => url.includes('clinic')).join('\n'));

  // ---- 5. The REST route -----------------------------------------------------------------------------
  section('REST route');
  const valid = { name: 'Piet Jansen', email: 'piet@voorbeeld.nl', phone: '+31 6 12345678', location: 'deurne', message: 'Mag ik een afspraak?', consent: 'yes' };
  const post = (body, type = 'json') => {
    const init = { method: 'POST', headers: { accept: 'application/json' } };
    if (type === 'json') {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    } else if (type === 'urlencoded') init.body = new URLSearchParams(body);
    else {
      init.body = new FormData();
      for (const [name, value] of Object.entries(body)) init.body.append(name, value);
    }
    return fetch(restUrl, init).then(async (response) => ({ status: response.status, headers: response.headers, body: await response.json().catch(() => null) }));
  };
  const count = () => wp('messages').length;
  wp('clear-rate-limit');

  let answer = await post({ ...valid, email: 'piet@voorbeeld' });
  check(`a bad e-mail: 422 { errors: { email } } in the site’s language (“${answer.body?.errors?.email}”)`, answer.status === 422 && answer.body?.errors?.email === texts.nl.email && Object.keys(answer.body.errors).length === 1, JSON.stringify(answer.body));
  answer = await post({});
  // The visitor's own name, e-mail address and message are named as the widget names them (yourName, …), not by their labels.
  const expectedEmpty = { name: 'Vul je naam in', email: 'Vul je e-mailadres in', message: 'Vul je bericht in', consent: texts.nl.requiredCheck.replace('{label}', `${texts.nl.consent} ${texts.nl.privacy}`) };
  check('an empty message: 422 with the widget’s messages for name, e-mail, message and consent', answer.status === 422 && JSON.stringify(answer.body?.errors) === JSON.stringify(expectedEmpty), JSON.stringify(answer.body));
  answer = await post({ ...valid, phone: '12345' });
  check('a bad phone number: 422 { errors: { phone } }', answer.status === 422 && answer.body?.errors?.phone === texts.nl.phone, JSON.stringify(answer.body));
  answer = await post({ ...valid, message: 'x'.repeat(5001) });
  check('a message over 5000 characters: 422 { errors: { message } } by its label (“Bericht mag hoogstens 5000 tekens lang zijn”)', answer.status === 422 && answer.body?.errors?.message === 'Bericht mag hoogstens 5000 tekens lang zijn', JSON.stringify(answer.body));
  answer = await post({ ...valid, postcode: '0123 AB' });
  check('a bad postcode: 422 { errors: { postcode } }', answer.status === 422 && answer.body?.errors?.postcode === texts.nl.postcode, JSON.stringify(answer.body));

  wp('set-option', { name: 'WPLANG', value: '' });
  answer = await post({ ...valid, email: 'piet@' });
  check(`an English site answers in English (“${answer.body?.errors?.email}”)`, answer.status === 422 && answer.body?.errors?.email === texts.en.email, JSON.stringify(answer.body));
  answer = await post({ consent: 'yes' });
  const expectedEmptyInEnglish = { name: 'Enter your name', email: 'Enter your email address', message: 'Enter your message' };
  check('an empty message on an English site: “Enter your name”, “Enter your email address”, “Enter your message”', answer.status === 422 && JSON.stringify(answer.body?.errors) === JSON.stringify(expectedEmptyInEnglish), JSON.stringify(answer.body));
  wp('set-option', { name: 'WPLANG', value: 'nl_NL' });

  let messagesBeforeRequest = count();
  answer = await post({ ...valid, location: 'gemert' }, 'urlencoded');
  const afterUrlencoded = wp('messages');
  check('urlencoded: 200 and stored with its branch', answer.status === 200 && afterUrlencoded.length === messagesBeforeRequest + 1 && afterUrlencoded[afterUrlencoded.length - 1].meta._clinic_branch === 'gemert', JSON.stringify(answer.body));
  messagesBeforeRequest = afterUrlencoded.length;
  answer = await post({ ...valid, location: 'mierlo', symptoms: 'Startstijfheid na zitten\nPijn die ondanks opbouw niet afneemt' }, 'multipart');
  const afterMultipart = wp('messages');
  const multipartMessage = afterMultipart[afterMultipart.length - 1].meta;
  check('multipart: 200 and stored with its branch and the checklist’s ticks', answer.status === 200 && afterMultipart.length === messagesBeforeRequest + 1 && multipartMessage._clinic_branch === 'mierlo' && multipartMessage._clinic_symptoms?.length === 2, JSON.stringify(multipartMessage));
  messagesBeforeRequest = afterMultipart.length;
  answer = await post({ ...valid, website: 'https://spam.example' });
  check('a filled honeypot (website): 200 { ok: true } and nothing stored', answer.status === 200 && answer.body?.ok === true && count() === messagesBeforeRequest, JSON.stringify(answer.body));
  answer = await post({ ...valid, 'clinic-contact-form-comment': 'Buy now' }, 'urlencoded');
  check('a filled honeypot (the widget’s own, clinic-contact-form-comment), urlencoded: 200 and nothing stored', answer.status === 200 && answer.body?.ok === true && count() === messagesBeforeRequest, JSON.stringify(answer.body));

  wp('clear-rate-limit');
  messagesBeforeRequest = count();
  const burst = [];
  for (let index = 0; index < 10; index += 1) burst.push(await post({ ...valid, message: `Bericht ${index + 1}` }));
  const statuses = burst.map((one) => one.status);
  check(`a burst of ten: 5 accepted, then 429 (${statuses.join(' ')})`, statuses.slice(0, 5).every((status) => status === 200) && statuses.slice(5).every((status) => status === 429) && count() === messagesBeforeRequest + 5);
  const limited = burst[9];
  check(`429 says why in a message the widget shows (errors.form: “${limited.body?.errors?.form}”) and Retry-After`, typeof limited.body?.errors?.form === 'string' && limited.body.errors.form.length > 20 && limited.headers.get('retry-after') === '60', JSON.stringify(limited.body));

  wp('clear-rate-limit');
  wp('set-option', { name: 'clinic_elements_settings', value: { recipient: 'praktijk@fysioclub.test', branch_recipients: 'gemert = gemert@fysioclub.test\nDeurne = deurne@fysioclub.test' } });
  await post({ ...valid, location: 'gemert' });
  await post({ ...valid, location: 'deurne' });
  await post({ ...valid, location: 'helmond' });
  const recipients = wp('messages').slice(-3).map((one) => one.meta._clinic_mail_to);
  check(`Settings → Clinic Elements: per-branch addresses, else the set address (${recipients.join(', ')})`, JSON.stringify(recipients) === JSON.stringify(['gemert@fysioclub.test', 'deurne@fysioclub.test', 'praktijk@fysioclub.test']));

  wp('clear-rate-limit');
  wp('set-option', { name: 'clinic_elements_settings', value: { keep_ip: true } });
  await post({ ...valid, message: 'Met IP' });
  const withIp = wp('messages').at(-1).meta;
  check('with the setting on, the IP address is kept', withIp._clinic_ip === '127.0.0.1', JSON.stringify(withIp));
  wp('set-option', { name: 'clinic_elements_settings', value: {} });

  // The standard form in the browser against a 422: the server's message shows on the field.
  // (The widget checks e-mails itself first, so the server's check is reached by a rule it does not
  // share: a message longer than the server keeps.)
  wp('clear-rate-limit');
  await page.goto(seedPost.url, { waitUntil: 'networkidle0' });
  await page.locator('clinic-contact-form input[name="name"]').fill('Lang Verhaal');
  const longStarted = Date.now();
  await page.locator('clinic-contact-form input[name="email"]').fill('lang@voorbeeld.nl');
  await page.$eval('clinic-contact-form textarea[name="message"]', (textarea) => {
    textarea.value = 'a'.repeat(5200);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.locator('clinic-contact-form input[name="consent"]').click();
  await sleep(Math.max(0, 2700 - (Date.now() - longStarted)));
  await page.locator('clinic-contact-form button:not([type=button])').click();
  const fieldMessage = await page
    .waitForFunction(() => document.querySelector('clinic-contact-form textarea[name="message"]')?.getAttribute('aria-invalid') === 'true' && document.querySelector('clinic-contact-form [data-clinic-mark="error"]')?.textContent, { timeout: 10000 })
    .then((handle) => handle.jsonValue(), () => '');
  check(`${browserName}: a 422 from the server shows on its field (“${fieldMessage}”)`, /5000/.test(fieldMessage));

  // Five messages from this address in the last minute: the widget shows the server's 429 message.
  wp('clear-rate-limit');
  for (let index = 0; index < 5; index += 1) await post({ ...valid, message: `Eerder bericht ${index + 1}` });
  await page.goto(seedPost.url, { waitUntil: 'networkidle0' });
  await page.locator('clinic-contact-form input[name="name"]').fill('Snel Weer');
  const quickStarted = Date.now();
  await page.locator('clinic-contact-form input[name="email"]').fill('snel@voorbeeld.nl');
  await page.locator('clinic-contact-form textarea[name="message"]').fill('Nog een vraag.');
  await page.locator('clinic-contact-form input[name="consent"]').click();
  await sleep(Math.max(0, 2700 - (Date.now() - quickStarted)));
  await page.locator('clinic-contact-form button:not([type=button])').click();
  const shownLimit = await page
    .waitForFunction(() => document.querySelector('clinic-contact-form').shadowRoot.querySelector('[part=error-summary]')?.textContent, { timeout: 10000 })
    .then((handle) => handle.jsonValue(), () => '');
  check(`${browserName}: after 5 messages in a minute the widget shows the server’s message (“${shownLimit.trim().replace(/\s+/g, ' ')}”)`, shownLimit.includes(limited.body?.errors?.form ?? '(none)'));

  // ---- 6. wp-admin -----------------------------------------------------------------------------------
  section('wp-admin');
  /** Logs in as `login` in a browser context of its own and hands the page to `visit`. */
  const asUser = async (login, visit) => {
    const context = await browser.createBrowserContext();
    const adminPage = await context.newPage();
    try {
      await adminPage.goto(`${origin}/wp-login.php`, { waitUntil: 'networkidle0' });
      await adminPage.locator('#user_login').fill(login);
      await adminPage.locator('#user_pass').fill(`${login}-password`);
      await Promise.all([adminPage.waitForNavigation({ waitUntil: 'networkidle0' }), adminPage.click('#wp-submit')]);
      return await visit(adminPage);
    } finally {
      await context.close();
    }
  };
  const bodyText = (adminPage) => adminPage.$eval('body', (body) => body.innerText);
  const messagesList = `${origin}/wp-admin/edit.php?post_type=clinic_message`;

  await asUser('editor', async (adminPage) => {
    await adminPage.goto(messagesList, { waitUntil: 'networkidle0' });
    const listed = await bodyText(adminPage);
    check('an editor sees Messages in wp-admin: sender, branch, message', listed.includes('Anna de Vries') && listed.includes('helmond') && listed.includes('Ik heb last van mijn rug'), listed.slice(0, 600));
    check('wp-admin shows which messages were not e-mailed, why, and offers to send again', /could not be e-mailed/.test(listed) && listed.includes('Not e-mailed') && listed.includes('Send again'), listed.slice(0, 600));
    const annaLink = await adminPage.$$eval('a.row-title', (links) => links.find((link) => link.textContent.includes('Anna de Vries'))?.href);
    await adminPage.goto(annaLink, { waitUntil: 'networkidle0' });
    const opened = await bodyText(adminPage);
    check('opening a message shows all of it, read-only (no editing box)', opened.includes('anna@voorbeeld.nl') && opened.includes('0493-123456') && opened.includes('helmond') && opened.includes('Not e-mailed') && !(await adminPage.$('#publish, #save-post')), opened.slice(0, 600));
    await Promise.all([adminPage.waitForNavigation({ waitUntil: 'networkidle0' }), adminPage.click('a[href*="clinic_elements_resend"]')]);
    const resent = await bodyText(adminPage);
    check('“Send again” tries wp_mail again and says it failed again (no mail server)', resent.includes('could not be e-mailed this time either'), resent.slice(0, 400));
  });
  await asUser('author', async (adminPage) => {
    await adminPage.goto(messagesList, { waitUntil: 'networkidle0' });
    const refused = await bodyText(adminPage);
    check('an author cannot open Messages', !refused.includes('Anna de Vries'), refused.slice(0, 300));

    // The block editor, as an Author: the patterns it offers in the Patterns tab, one inserted and the post saved.
    await adminPage.goto(`${origin}/wp-admin/post-new.php`, { waitUntil: 'networkidle0', timeout: 60000 });
    await adminPage.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId(), { timeout: 30000 });
    const inEditor = await adminPage.evaluate(async () => {
      const patterns = await window.wp.apiFetch({ path: '/wp/v2/block-patterns/patterns' });
      const categories = await window.wp.apiFetch({ path: '/wp/v2/block-patterns/categories' });
      const ours = patterns.filter((pattern) => (pattern.categories ?? []).includes('clinic-elements'));
      const form = ours.find((pattern) => pattern.name === 'clinic-elements/contact-form');
      window.wp.data.dispatch('core/editor').editPost({ title: 'Contact (uit het patroon)' });
      window.wp.data.dispatch('core/block-editor').insertBlocks(window.wp.blocks.parse(form.content));
      await window.wp.data.dispatch('core/editor').savePost();
      return {
        titles: ours.map((pattern) => pattern.title),
        category: categories.some((category) => category.name === 'clinic-elements'),
        postId: window.wp.data.select('core/editor').getCurrentPostId(),
        saveError: window.wp.data.select('core/editor').didPostSaveRequestFail(),
      };
    });
    check(`the block editor offers an Author the five patterns under “Clinic Elements” (${inEditor.titles.join('; ')})`, inEditor.category && inEditor.titles.length === 5, JSON.stringify(inEditor));
    const savedFromEditor = wp('post-content', { id: inEditor.postId });
    check(
      'an Author inserts the contact form pattern and saves through the editor (REST): every clinic-* tag kept',
      !inEditor.saveError && JSON.stringify(openingTags(savedFromEditor.content)) === JSON.stringify(openingTags(patternFile.find((pattern) => pattern.name === 'contact-form').content)) && /<div slot="success" hidden(="")?>/.test(savedFromEditor.content),
      `${JSON.stringify(inEditor)}\n${openingTags(savedFromEditor.content).filter((tag) => !openingTags(patternFile.find((pattern) => pattern.name === 'contact-form').content).includes(tag)).join('\n')}\n${savedFromEditor.content.match(/<div slot[^>]*>/)?.[0]}`,
    );
  });
  await asUser('admin', async (adminPage) => {
    await adminPage.goto(`${origin}/wp-admin/options-general.php?page=clinic-elements`, { waitUntil: 'networkidle0' });
    await adminPage.locator('#clinic-elements-recipient').fill('balie@fysioclub.test');
    await adminPage.locator('#clinic-elements-branches').fill('deurne = deurne@fysioclub.test\nmierlo = geen-adres');
    await Promise.all([adminPage.waitForNavigation({ waitUntil: 'networkidle0' }), adminPage.click('#submit')]);
    const savedPage = await bodyText(adminPage);
    const settings = wp('get-option', { name: 'clinic_elements_settings' }).value;
    check(
      'Settings → Clinic Elements saves the address and the per-branch lines, and names a line without a valid address',
      settings?.recipient === 'balie@fysioclub.test' && settings?.branch_recipients === 'deurne = deurne@fysioclub.test' && savedPage.includes('mierlo = geen-adres'),
      `${JSON.stringify(settings)}\n${savedPage.slice(0, 400)}`,
    );
  });
} catch (error) {
  check('the browser checks ran to the end', false, error.stack);
} finally {
  await browser.close();
}

// ---- 7. Personal data ---------------------------------------------------------------------------------
section('Personal data (Tools → Export / Erase Personal Data)');
const othersBefore = wp('messages').filter((one) => one.meta._clinic_email !== 'anna@voorbeeld.nl').length;
const privacy = wp('privacy', { email: 'anna@voorbeeld.nl' });
const exportedItem = privacy.exported.data[0]?.data ?? [];
check(
  'exporting anna@voorbeeld.nl’s personal data lists her message with name, branch and text',
  privacy.exported.data.length === 1 && privacy.exported.done && exportedItem.some((field) => field.value === 'Anna de Vries') && exportedItem.some((field) => field.value === 'helmond') && exportedItem.some((field) => /rug/.test(field.value)),
  JSON.stringify(privacy.exported).slice(0, 500),
);
check('erasing it deletes her message and no one else’s', privacy.erased.items_removed && privacy.remaining === 0 && privacy.others === othersBefore, JSON.stringify(privacy));

// ---- 8. Uninstalling ---------------------------------------------------------------------------------
section('Uninstalling');
wp('set-option', { name: 'clinic_elements_settings', value: { recipient: 'praktijk@fysioclub.test' } });
const messagesBefore = wp('messages').length;
wp('deactivate-plugin');
const uninstalled = wp('delete-plugin');
check('deleting the plugin removes its settings', uninstalled.deleted && uninstalled.settings === null, JSON.stringify(uninstalled));
check(`deleting the plugin keeps the messages (${uninstalled.messages} of ${messagesBefore})`, uninstalled.messages === messagesBefore);
wp('upload-plugin', { zip: zipFile });
wp('activate-plugin');
wp('set-option', { name: 'clinic_elements_settings', value: { delete_messages_on_uninstall: true } });
wp('deactivate-plugin');
const uninstalledWithMessages = wp('delete-plugin');
check('with “also delete every stored message” ticked, deleting the plugin deletes them and their fields too', uninstalledWithMessages.deleted && uninstalledWithMessages.messages === 0 && uninstalledWithMessages.meta === 0 && uninstalledWithMessages.settings === null, JSON.stringify(uninstalledWithMessages));

// ---- 9. The PHP log ----------------------------------------------------------------------------------
section('PHP log (WP_DEBUG on)');
const log = [existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : '', serverLog.join(''), existsSync(pluginErrors) ? readFileSync(pluginErrors, 'utf8') : ''].join('\n');
const phpProblems = log.split('\n').filter((line) => /PHP (Warning|Notice|Deprecated|Fatal error|Parse error)|Warning:|Notice:|Deprecated:|Fatal error:|caused PHP error/.test(line));
const ours = phpProblems.filter((line) => /clinic[-_]elements/i.test(line));
check(`no PHP warning, notice or deprecation mentions the plugin (${phpProblems.length} lines from WordPress itself)`, ours.length === 0, ours.slice(0, 10).join('\n'));

await finish();
