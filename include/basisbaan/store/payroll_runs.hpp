// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Payroll runs in the employer's database: computing a period for every active employee in one
// transaction (with the inputs, the rules and the payslips stored), closing it, correcting a
// closed period after a retroactive change, and replaying a stored run to the cent.
// The rules of the game are in docs/store.md ("Payroll runs"). This header includes the three
// parts; a program may include only the one it needs.

#include "basisbaan/store/payroll_correction.hpp"
#include "basisbaan/store/payroll_replay.hpp"
#include "basisbaan/store/payroll_run.hpp"
