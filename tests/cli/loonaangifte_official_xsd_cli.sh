#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The wage-tax return against the Belastingdienst's own XSD (schemas/belastingdienst/
# Loonaangifte2026v2.0.xsd, from LH2026v09.zip; provenance in schemas/README.md): the file is
# the published one (SHA-256), the example employer's return validates as written (with the
# contact's telephone number and the software supplier's relation number, which the schema
# requires), and so does a return that carries a correction of an earlier period with that
# period's collective part. Without --phone/--relnr the command warns that it cannot be filed.
source "$(dirname "$0")/common.sh" "$@"

xsd="$src/schemas/belastingdienst/Loonaangifte2026v2.0.xsd"
sum=$(sha256sum "$xsd" | cut -d' ' -f1)
if [ "$sum" = "eb862bea8c7232154cfb30bb37c4ecf192b4a86540944358b065bb7fa54fc441" ]; then ok; else not_ok "official_xsd_sha256 ($sum)"; fi

db="$tmp/x.db"
check init 0 "" -- "$bin" init --db "$db" --example
check run_jan 0 "" -- "$bin" payroll run --db "$db" --period 2026-01
check close_jan 0 "" -- "$bin" payroll close --db "$db" --period 2026-01
check loonaangifte 0 "wrote" -- "$bin" export loonaangifte --db "$db" --period 2026-01 --phone 0201234567 --relnr SWO00000 --out "$tmp/la.xml"
if ! grep -q warning "$tmp/err"; then ok; else not_ok "no_warning_when_complete: $(cat "$tmp/err")"; fi
check official_xsd_valid 0 "validates" -- xmllint --noout --schema "$xsd" "$tmp/la.xml"
check verr_arb_krt 0 "<VerrArbKrt>[1-9][0-9]*\.[0-9]{2}</VerrArbKrt>" -- cat "$tmp/la.xml"

# Without the telephone and relation numbers: written, with a warning naming what is missing.
check loonaangifte_incomplete 0 "warning: the Belastingdienst refuses a return without TelNr and RelNr" -- "$bin" export loonaangifte --db "$db" --period 2026-01 --out "$tmp/la0.xml"
check relnr_length 2 "--relnr: expected the 8-character relation number" -- "$bin" export loonaangifte --db "$db" --period 2026-01 --relnr SWO1 --out "$tmp/la0.xml"

# A return with a correction of an earlier period: TijdvakCorrectie with the corrected period's
# collective part and its income relationships; VerrArbKrt of February is February's own.
check change_commute 0 "" -- "$bin" employee change --db "$db" --id E001 --commute-km 100
check correct_jan 0 "" -- "$bin" payroll correct --db "$db" --period 2026-01 --reason "commute"
check run_feb 0 "" -- "$bin" payroll run --db "$db" --period 2026-02
check close_feb 0 "" -- "$bin" payroll close --db "$db" --period 2026-02
check loonaangifte_feb 0 "1 corrected periods" -- "$bin" export loonaangifte --db "$db" --period 2026-02 --phone 0201234567 --relnr SWO00000 --out "$tmp/la2.xml"
check official_xsd_valid_with_correction 0 "validates" -- xmllint --noout --schema "$xsd" "$tmp/la2.xml"
check correction_collective 0 "1" -- xmllint --xpath "count(//*[local-name()='TijdvakCorrectie']/*[local-name()='CollectieveAangifte'])" "$tmp/la2.xml"

finish
