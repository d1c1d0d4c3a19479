// The coach's page of `basisbaan serve` in a real browser (issue 16): Debian's Chromium, headless,
// driven through the DevTools protocol by puppeteer-core.
//   node serve_browser_test.js result|errors URL CHROMIUM WORK_DIR HOUSEHOLD_JSON
// result: fills in the form for examples/households/couple-two-children-groningen.json, submits it,
//   and checks the verdict and the net amounts on the page against POST /api/compare (the same
//   JSON as `basisbaan compare --json`); keeps WORK_DIR/serve-result.png.
// errors: submits bad input and checks the message at each field; keeps WORK_DIR/serve-errors.png.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const puppeteer = require('puppeteer-core');

const [which, url, chromium, work, householdFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) { passed++; return; }
  failed++;
  console.log(`FAIL ${name}${detail ? ': ' + detail : ''}`);
}

// "€ 2.345,67" / "−€ 12,00" as on the page → "2345.67" / "-12.00" as in the JSON.
function plain(nl) {
  const neg = /[−-]/.test(nl);
  const digits = nl.replace(/[^0-9,]/g, '').replace(',', '.');
  return (neg ? '-' : '') + digits;
}

async function fill(page, name, value) {
  const sel = `[name="${name}"]`;
  const tag = await page.$eval(sel, (e) => e.tagName);
  if (tag === 'SELECT') await page.select(sel, value);
  else await page.type(sel, value);
}

async function result(page) {
  const h = JSON.parse(fs.readFileSync(householdFile, 'utf8'));
  await page.goto(url + '/', { waitUntil: 'load' });
  check('form title', (await page.title()).includes('Inkomensvergelijking'));
  await fill(page, 'date', h.date);
  await fill(page, 'municipality', h.municipality);
  await fill(page, 'person.name', h.person.name);
  await fill(page, 'person.birth_date', h.person.birth_date);
  await fill(page, 'partner', 'ja');
  await fill(page, 'partner.birth_date', h.partner.birth_date);
  await fill(page, 'partner.gross_income_per_year', h.partner.gross_income_per_year);
  await fill(page, 'partner.net_income_per_month', h.partner.net_income_per_month);
  for (let i = 0; i < h.children.length; i++) await fill(page, `children[${i}].birth_date`, h.children[i].birth_date);
  await fill(page, 'housing.rent', h.housing.rent.replace('.', ','));  // as a Dutch coach types it
  await fill(page, 'assets', h.assets);
  await fill(page, 'current.situation', h.current.situation);
  await fill(page, 'current.since', h.current.since);
  await fill(page, 'job.hours_per_week', String(h.job.hours_per_week));
  await fill(page, 'job.start_date', h.job.start_date);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);

  const expected = await (await fetch(url + '/api/compare', { method: 'POST', body: fs.readFileSync(householdFile) })).json();
  const verdict = await page.$eval('p.verdict', (e) => e.textContent);
  check('verdict', verdict === expected.verdict_nl, `page "${verdict}", api "${expected.verdict_nl}"`);
  const total = await page.$$eval('tr.total td', (tds) => tds.map((td) => td.textContent));
  check('net now per month', plain(total[1]) === expected.current.net_per_month, `${total[1]} vs ${expected.current.net_per_month}`);
  check('net with job per month', plain(total[2]) === expected.job.net_per_month, `${total[2]} vs ${expected.job.net_per_month}`);
  check('difference per year', plain(total[4]) === expected.difference_per_year, `${total[4]} vs ${expected.difference_per_year}`);
  check('chart', (await page.$('.chart svg')) !== null);
  check('download buttons', (await page.$$('form.downloads button')).length === 3);
  // The appendix (issue 16): the first year month by month and the hours sweep as tables, on a
  // page of their own after the one-page summary.
  check('appendix marked', (await page.$eval('section.bijlage h1', (e) => e.textContent)).startsWith('Bijlage'));
  const firstYear = await page.$$eval('table.eerste-jaar tr', (trs) => trs.map((tr) => Array.from(tr.cells).map((td) => td.textContent)));
  check('first year: the month before and twelve months', firstYear.length === 1 + expected.first_year.months.length,
    `${firstYear.length} rows`);
  for (let k = 0; k < expected.first_year.months.length; k++) {
    const m = expected.first_year.months[k];
    check(`first year ${m.month} total`, plain(firstYear[k + 1][6]) === m.total, `${firstYear[k + 1][6]} vs ${m.total}`);
  }
  const hoursRows = await page.$$eval('table.uren tr', (trs) => trs.map((tr) => Array.from(tr.cells).map((td) => td.textContent)));
  check('hours sweep: every point', hoursRows.length === 1 + expected.sweep.points.length, `${hoursRows.length} rows`);
  for (let k = 0; k < expected.sweep.points.length; k++) {
    const p = expected.sweep.points[k];
    check(`sweep ${p.hours} h net per month`, plain(hoursRows[k + 1][3]) === p.net_per_month, `${hoursRows[k + 1][3]} vs ${p.net_per_month}`);
  }
  check('appendix starts a printed page',
    (await page.$eval('section.bijlage', (e) => getComputedStyle(e).breakBefore)) === 'page');
  await page.screenshot({ path: path.join(work, 'serve-result.png'), fullPage: true });
}

async function errors(page) {
  await page.goto(url + '/', { waitUntil: 'load' });
  await fill(page, 'date', '2026-01-01');
  await fill(page, 'person.birth_date', '20-02-1986');  // not YYYY-MM-DD
  await fill(page, 'housing.rent', 'zeshonderd');
  // job.hours_per_week left empty
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
  const msg = (name) => page.$eval(`[id="m-${name}"]`, (e) => e.textContent).catch(() => '(none)');
  check('birth date message', (await msg('person.birth_date')).startsWith('Vul een datum in als JJJJ-MM-DD'), await msg('person.birth_date'));
  check('rent message', (await msg('housing.rent')).startsWith('Vul een bedrag in'), await msg('housing.rent'));
  check('hours message', (await msg('job.hours_per_week')) === 'Dit veld is verplicht.', await msg('job.hours_per_week'));
  check('summary of errors', (await page.$$('#fouten li')).length === 3);
  check('typed value kept', (await page.$eval('[name="housing.rent"]', (e) => e.value)) === 'zeshonderd');
  check('field marked invalid', (await page.$eval('[name="housing.rent"]', (e) => e.getAttribute('aria-invalid'))) === 'true');
  await page.screenshot({ path: path.join(work, 'serve-errors.png'), fullPage: true });
}

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'basisbaan-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    const cspErrors = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });
    if (which === 'result') await result(page);
    else if (which === 'errors') await errors(page);
    else throw new Error('unknown test ' + which);
    check('no CSP violations', cspErrors.length === 0, cspErrors.join('; '));
  } catch (e) {
    failed++;
    console.log('FAIL ' + (e.stack || e));
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(`browser ${which}: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
})();
