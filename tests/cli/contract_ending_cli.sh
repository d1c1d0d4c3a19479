#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# How a contract ended (issue 13): `contract end --reason R --initiative employer|employee
# [--culpable …]` stores the reason and initiative and says whether the transition payment is due
# (art. 7:673 lid 1 and 7 BW); `contract add --end-event` records a contract until an event,
# which `alerts` shows as "ends on event" (no aanzegging, art. 7:668 lid 2 BW).
# Usage: contract_ending_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

db="$tmp/example.db"
check "init --example" 0 "Imported 12 employees" -- "$bin" init --db "$db" --example

# --- the transition payment when a permanent contract ends --------------------------------------
check "end --help lists the reasons" 0 "uwv-permission" -- "$bin" contract end --help
check "resignation at the employer's initiative is refused" 1 "initiative must be employee" -- \
  "$bin" contract end --db "$db" --employee E006 --contract C1 --last-day 2026-11-30 --reason resignation --initiative employer
check "court dissolution needs the initiative" 1 "needs the initiative" -- \
  "$bin" contract end --db "$db" --employee E006 --contract C1 --last-day 2026-11-30 --reason court-dissolution
check "a bad initiative" 2 "--initiative: expected employer or employee" -- \
  "$bin" contract end --db "$db" --employee E006 --contract C1 --last-day 2026-11-30 --reason court-dissolution --initiative maybe
check "a bad culpability" 2 "--culpable" -- "$bin" contract end --db "$db" --employee E006 --contract C1 \
  --last-day 2026-11-30 --reason resignation --culpable both
# E004 (indefinite since the import): notice with UWV permission, the employer's initiative
# implied: due under art. 7:673 lid 1 onder a sub 1 BW.
check "dismissal with UWV permission: due" 0 "^Transition payment due: art\. 7:673 lid 1 onder a sub 1 BW" -- \
  "$bin" contract end --db "$db" --employee E004 --contract C1 --last-day 2026-11-30 --reason uwv-permission
check "the review says so" 0 "C1 ended on 2026-11-30 \(uwv-permission, initiative employer\): transition payment due" -- \
  "$bin" contract check --db "$db" --employee E004 --date 2026-12-01
check "the review as JSON" 0 '"end_reason": "uwv-permission"' -- \
  "$bin" contract check --db "$db" --employee E004 --date 2026-12-01 --json
check "the alert on the ended employment" 0 "E004 .*employment ended .*\(due: art\. 7:673" -- \
  "$bin" alerts --db "$db" --date 2026-12-01 --months 1
# E006 resigns: not due (lid 1 onder b needs serious culpability of the employer); E010 resigns
# because of it: due.
check "resignation: not due" 0 "^Transition payment not due: " -- \
  "$bin" contract end --db "$db" --employee E006 --contract C1 --last-day 2026-11-30 --reason resignation
check "resignation for the employer's serious culpability: due" 0 "^Transition payment due: art\. 7:673 lid 1 onder b" -- \
  "$bin" contract end --db "$db" --employee E010 --contract C1 --last-day 2026-11-30 --reason resignation --culpable employer
check "free text as before: no judgment" 0 "^Contract C1 of E007 now ends on 2026-11-30; reason: verhuisd$" -- \
  "$bin" contract end --db "$db" --employee E007 --contract C1 --last-day 2026-11-30 --reason verhuisd

# --- a contract until an event ---------------------------------------------------------------
check "add a contract until an event" 0 "Contract C2 \(2027-01-01 … until einde project Wijkgroen\) of E001 recorded" -- \
  "$bin" contract add --db "$db" --employee E001 --start 2027-01-01 --hours 32 --job wijkconciërge \
  --end-event "einde project Wijkgroen" --expected-end 2027-03-31
check "--expected-end without --end-event" 1 "--expected-end" -- \
  "$bin" contract add --db "$db" --employee E005 --start 2027-01-01 --end 2027-06-30 --hours 24 --expected-end 2027-03-31
check "alerts: ends on event on the expected day" 0 "2027-03-31 +E001 F\. el Amrani +ends on event" -- \
  "$bin" alerts --db "$db" --date 2027-03-01 --months 1
check "the review: no notice duty" 0 "art\. 7:668 lid 2 BW" -- \
  "$bin" contract check --db "$db" --employee E001 --date 2027-02-01 --json
check "the December 2026 alerts are still there" 0 "2026-12-31 +E001 F\. el Amrani +contract end" -- \
  "$bin" alerts --db "$db" --date 2026-12-01 --months 1
check "extend an event contract that has not ended" 1 "ends on an event" -- \
  "$bin" contract extend --db "$db" --employee E001 --until 2027-12-31
check "the event happened" 0 "^Transition payment due: art\. 7:673 lid 1 onder a sub 3" -- \
  "$bin" contract end --db "$db" --employee E001 --contract C2 --last-day 2027-03-31 --reason event-occurred --initiative employer
check "audit verify" 0 "entries in the chain" -- "$bin" audit verify --db "$db"
# employee terminate takes the same --reason/--initiative/--culpable as contract end.
check "terminate needing an initiative says so" 1 "needs the initiative" -- \
  "$bin" employee terminate --db "$db" --id E003 --last-day 2026-06-30 --reason mutual-agreement
check "terminate with UWV permission" 0 "reason: uwv-permission" -- \
  "$bin" employee terminate --db "$db" --id E003 --last-day 2026-06-30 --reason uwv-permission
check "the terminated contract owes the transition payment" 0 "initiative employer\): transition payment due" -- \
  "$bin" contract check --db "$db" --employee E003

finish
