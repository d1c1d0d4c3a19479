// SPDX-License-Identifier: EUPL-1.2
// The JavaScript peer's toeslagen for the households of bench/toeslagen_bench.cpp, in-process on
// node. Not part of basisbaan: run.sh bundles this file with the peer's modules (from a checkout
// given on its command line, imported through the `peer` link run.sh makes) using esbuild.
//   node bundle.mjs HOUSEHOLDS.json [BASISBAAN_RESULTS.json]
import { readFileSync } from "node:fs";
import zorg from "./peer/src/js/belasting/zorgtoeslag.ts";
import huur from "./peer/src/js/belasting/huurtoeslag.ts";
import kgb from "./peer/src/js/belasting/kindgebonden_budget.ts";

const YEAR = "2024";
const [households_path, results_path] = process.argv.slice(2);
const households = JSON.parse(readFileSync(households_path, "utf8"));

// The peer's inputs, prepared before timing as basisbaan's facts are: whole-euro toetsingsinkomen
// (Awir art. 8), the persons list its kindgebonden budget counts, rent plus service costs.
const ageType = (a) => (a <= 5 ? "K05" : a <= 11 ? "K611" : a <= 15 ? "K1215" : "K1617");
const inputs = households.map((h) => {
  const partner = h.partner_income_cents !== null;
  const toets = Math.floor((h.income_cents + (partner ? h.partner_income_cents : 0)) / 100);
  const personen = [{ leeftijd: h.aow ? "AOW" : "V" }];
  if (partner) personen.push({ leeftijd: h.aow ? "AOW" : "V" });
  for (const a of h.children_ages) personen.push({ leeftijd: ageType(a) });
  return { partner, toets, rekenhuur: (h.rent_cents + h.service_costs_cents) / 100, persons: h.persons,
           aow: h.aow, children: h.children_ages.length, personen };
});

function three(x) {
  let sum = zorg.zorgtoeslag(YEAR, x.toets, x.partner);
  sum += huur.huurtoeslag(YEAR, x.toets, x.rekenhuur, x.persons, x.aow);
  if (x.children > 0) {
    sum += kgb.kindgebondenBudget(YEAR, x.toets, kgb.maxKindgebondenBudget(YEAR, x.personen, x.partner), x.partner);
  }
  return sum;
}

// As bench_util.hpp's measure(): batches growing by 4 from 1000 until one takes over 0.5 s.
const n = inputs.length;
let keep = 0;
for (let batch = 1000; ; batch *= 4) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < batch; ++i) keep += three(inputs[i % n]);
  const ns = Number(process.hrtime.bigint() - t0);
  if (ns > 500e6) {
    console.log(`peer: 3 toeslagen per household, ${n} households of ${YEAR}: ` +
                `${Math.round((batch * 1e9) / ns)} households/s (${Math.round(ns / batch)} ns each) [${keep > 0}]`);
    break;
  }
}

// Where the answers differ from basisbaan's (whole euros a year), when its results are given.
if (results_path) {
  const ours = JSON.parse(readFileSync(results_path, "utf8"));
  for (const [name, f] of [
    ["zorgtoeslag", (x) => zorg.zorgtoeslag(YEAR, x.toets, x.partner)],
    ["huurtoeslag", (x) => huur.huurtoeslag(YEAR, x.toets, x.rekenhuur, x.persons, x.aow)],
    ["kindgebonden_budget", (x) => (x.children > 0 ? kgb.kindgebondenBudget(YEAR, x.toets,
                                     kgb.maxKindgebondenBudget(YEAR, x.personen, x.partner), x.partner) : 0)],
  ]) {
    let same = 0, within = 0, diff = 0;
    inputs.forEach((x, i) => {
      const d = Math.abs(f(x) - ours[i][name]);
      if (d === 0) same++; else if (d <= 12) within++;
      diff += d;
    });
    console.log(`${name}: equal for ${same} of ${n}, within 12 euros a year for ${within} more; ` +
                `mean difference ${(diff / n).toFixed(2)} euros a year`);
  }
}
