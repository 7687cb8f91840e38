"""The command-line commands. Each returns an exit code: 0 done, 1 input rejected."""

from __future__ import annotations

import sys
from argparse import Namespace
from collections import Counter
from pathlib import Path

from skma_training.cli.background_check import settle
from skma_training.cli.output import format_cell, print_json, table
from skma_training.domain.compliance import check_label
from skma_training.domain.credits import rule_text
from skma_training.domain.deadlines import deadline_kind_label, deadline_state_label
from skma_training.domain.vocabulary import category_label, kind_label
from skma_training.i18n import translate
from skma_training.services.context import Context

def _problem_rows(problems):
    return [(p.sheet, p.row or "", p.column, p.value, p.reason()) for p in problems]


def run_import(ctx: Context, args: Namespace) -> int:
    from skma_training.services.importing import import_workbook

    report = import_workbook(ctx, Path(args.file), dry_run=args.dry_run)
    headers = [translate("Cli", "Sheet"), translate("Cli", "Row"), translate("Cli", "Column"), translate("Cli", "Value"), translate("Cli", "Reason")]
    if not report.accepted:
        sys.stdout.write(translate("Cli", "The file was rejected; nothing was changed. Problems:") + "\n")
        table(headers, _problem_rows(report.errors), max_width=60)
        _more(report.error_count - len(report.errors))
        if report.warnings:
            sys.stdout.write("\n" + translate("Cli", "Warnings:") + "\n")
            table(headers, _problem_rows(report.warnings), max_width=60)
            _more(report.warning_count - len(report.warnings))
        return 1
    c = report.counts
    title = translate("Cli", "Checked, nothing was changed (dry run):") if args.dry_run else translate("Cli", "Imported:")
    if report.changed_nothing and not args.dry_run:
        title = translate("Cli", "Nothing changed: the register already holds everything in the file.")
    sys.stdout.write(title + "\n")
    table([translate("Cli", "What"), translate("Cli", "Added"), translate("Cli", "Updated"), translate("Cli", "Unchanged")], [
        (translate("Cli", "Departments"), c.departments_added, "", ""),
        (translate("Cli", "Staff"), c.staff_added, c.staff_updated, c.staff_unchanged),
        (translate("Cli", "Activities"), c.activities_added, c.activities_updated, c.activities_unchanged),
    ])
    if report.warnings:
        sys.stdout.write("\n" + translate("Cli", "Warnings:") + "\n")
        table(headers, _problem_rows(report.warnings), max_width=60)
        _more(report.warning_count - len(report.warnings))
    if not args.dry_run:
        _say_history(ctx, args.history_date)
    return 0


def _say_history(ctx: Context, moved_to) -> None:
    from skma_training.services.history import history_summary, set_history_date

    if moved_to is not None:
        set_history_date(ctx, moved_to)
    summary = history_summary(ctx)
    if summary.history_date is None:
        return
    sys.stdout.write("\n" + translate(
        "Cli", "{count} deadlines fall before {date} and are treated as history ({open} of them not done). "
               "`deadlines --all` shows them; `import --history-date DATE` moves the date.").format(
        count=summary.before, date=format_cell(summary.history_date), open=summary.open_before) + "\n")


def _more(number: int) -> None:
    if number > 0:
        sys.stdout.write(translate("Cli", "… and {n} more").format(n=number) + "\n")


def run_export(ctx: Context, args: Namespace) -> int:
    from skma_training.services.exporting import export_workbook

    result = export_workbook(ctx, Path(args.file), args.as_of, args.lang_resolved)
    sys.stdout.write(
        translate("Cli", "Written {path}: {staff} staff, {activities} activities, compliance as of {date}.").format(
            path=result.path, staff=result.staff, activities=result.activities,
            date=format_cell(args.as_of)) + "\n")
    return 0


def run_template(args: Namespace) -> int:
    from skma_training.services.exporting import write_template

    path = write_template(Path(args.file), args.lang_resolved)
    sys.stdout.write(translate("Cli", "Written {path}.").format(path=path) + "\n")
    return 0


def run_check(ctx: Context, args: Namespace) -> int:
    from skma_training.services.queries import staff_statuses

    from skma_training.domain.standing import standing_label, standing_of

    statuses = staff_statuses(ctx, args.as_of, department=args.department)
    if args.json:
        timeline = ctx.timeline()
        rules = timeline.for_date(args.as_of)
        note = {"edition": rules.source, "effective_from": rules.effective_from}
        if timeline.before_first_edition(args.as_of):
            note["note"] = "dates before the first edition are checked by the first edition"
        staff = []
        for s in statuses:
            held = s.employee.status_on(args.as_of)
            standing = standing_of(s, rules.pd.window_years)
            staff.append({
                "iin": s.employee.iin, "full_name": s.employee.full_name,
                "department": s.employee.department, "category": held.category,
                "is_head": held.is_head, "overdue": s.overdue, "next_due": s.next_due,
                "state": standing.state, "state_due": standing.due_date,
                "checks": [{"rule": c.rule, "met": c.met, "due_date": c.due_date, "hours": c.hours,
                            "required": c.required, "window_start": c.window_start}
                           for c in s.checks]})
        settle(args)
        print_json({"as_of": args.as_of, "rules": note, "staff": staff})
        return 0
    rows = []
    for s in statuses:
        summary = []
        for c in s.checks:
            mark = "✓" if c.met else "✗"
            hours = f" {c.hours:g}/{c.required:g}h" if c.required else ""
            summary.append(f"{mark} {check_label(c.rule)}{hours} → {format_cell(c.due_date) or '—'}")
        rows.append((s.employee.iin, s.employee.full_name, s.employee.department,
                     category_label(s.employee.category),
                     standing_label(standing_of(s).state), s.next_due, "; ".join(summary)))
    settle(args)
    table([translate("Cli", "IIN"), translate("Cli", "Full name"), translate("Cli", "Department"), translate("Cli", "Category"), translate("Cli", "Status"),
           translate("Cli", "Next due"), translate("Cli", "Checks")], rows, max_width=48)
    overdue = sum(s.overdue for s in statuses)
    sys.stdout.write("\n" + translate("Cli", "{total} staff checked as of {date}; {overdue} overdue.").format(
        total=len(statuses), date=format_cell(args.as_of), overdue=overdue) + "\n")
    return 0


def _deadline_json(d, snapshot) -> dict:
    found = {"kind": d.kind, "due_date": d.due_date, "iin": d.iin, "activity_id": d.activity_id,
             "state": d.state, "done_on": d.done_on, "plan_year": d.plan_year}
    if d.department_id is not None:
        found["department"] = snapshot.departments.get(d.department_id, "")
    return found


def run_deadlines(ctx: Context, args: Namespace) -> int:
    from skma_training.services.queries import deadline_snapshot, tracked_deadlines

    # the table shows titles; the JSON needs only what the deadlines read
    snapshot = deadline_snapshot(ctx) if args.json else ctx.snapshot()
    found = tracked_deadlines(ctx, args.as_of, snapshot=snapshot, show_all=args.all, since=args.since)
    if args.state:
        found = [d for d in found if d.state in args.state]
    settle(args)
    if args.json:
        print_json({"as_of": args.as_of, "deadlines": [_deadline_json(d, snapshot) for d in found]})
        return 0
    names = {e.id: e.full_name for e in snapshot.employees}
    activities = {a.id: a for a in snapshot.activities}
    rows = []
    for d in found:
        activity = activities.get(d.activity_id)
        if activity:
            what = activity.title
        elif d.department_id is not None:
            what = translate("Cli", "Request of {department} for {year}").format(
                department=snapshot.departments.get(d.department_id, ""), year=d.plan_year)
        else:
            what = translate("Cli", "Plan for {year}").format(year=d.plan_year)
        rows.append((d.due_date, deadline_kind_label(d.kind), deadline_state_label(d.state),
                     names.get(d.employee_id, ""), what, d.done_on))
    table([translate("Cli", "Due"), translate("Cli", "Deadline"), translate("Cli", "State"), translate("Cli", "Employee"), translate("Cli", "Activity"), translate("Cli", "Done on")], rows)
    counts = Counter(d.state for d in found)
    sys.stdout.write("\n" + ", ".join(f"{deadline_state_label(state)}: {n}"
                                      for state, n in sorted(counts.items())) + "\n")
    return 0


def run_credits(ctx: Context, args: Namespace) -> int:
    from skma_training.services.queries import employee_credits

    found = employee_credits(ctx, args.iin, args.as_of)
    report = found.report
    if args.json:
        print_json({"iin": found.employee.iin, "full_name": found.employee.full_name,
                    "healthcare": found.employee.healthcare, "as_of": report.as_of,
                    "window_start": report.window_start, "total_units": report.total_units,
                    "items": [{"activity_id": i.activity_id, "type": i.kind, "units": i.units,
                               "rule": i.rule, "row": i.row, "needs_confirming": i.needs_confirming}
                              for i in report.items]})
        return 0
    snapshot_titles = {a.id: a for a in found.activities}
    rows = []
    for item in report.items:
        activity = snapshot_titles.get(item.activity_id)
        rows.append((activity.ends_on or activity.starts_on if activity else "", kind_label(item.kind),
                     activity.title if activity else "", item.row or "", item.units, rule_text(item)))
    sys.stdout.write(f"{found.employee.full_name} ({found.employee.iin}): "
                     + translate("Cli", "CPD credit units from {start} to {end}").format(
                         start=format_cell(report.window_start), end=format_cell(report.as_of)) + "\n\n")
    table([translate("Cli", "Date"), translate("Cli", "Kind"), translate("Cli", "Title"), translate("Cli", "Row"), translate("Cli", "Units"), translate("Cli", "Rule")], rows)
    sys.stdout.write("\n" + translate("Cli", "Total: {units:g} credit units.").format(units=report.total_units) + "\n")
    return 0


def run_demo(ctx: Context, args: Namespace) -> int:
    from skma_training.services.demo import load_demo

    academy = load_demo(ctx, seed=args.seed, staff=args.staff)
    sys.stdout.write(translate("Cli", "The demo academy is ready: {staff} staff, {activities} activities.").format(
        staff=len(academy.employees), activities=len(academy.activities)) + "\n")
    return 0
