"""The plan for putting an activity's results into practice (E464 7.15): what, how, when,
who and the expected result, approved at the department meeting.

The register records the activity, its certificate, the day the plan was drawn
up and the meeting that approved it (protocol number and date); the items of
the plan are written in by the employee, so the table has empty rows to fill,
each with the employee as the one responsible.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Spacer

from skma_training.documents.academy import Academy
from skma_training.documents.blocks import fields_table, grid_table, para, signature_table
from skma_training.documents.formatting import fmt_date, fmt_number, fmt_period
from skma_training.documents.forms import Form
from skma_training.documents.long_dates import LongDate
from skma_training.documents.names import short_name
from skma_training.documents.papers import PaperSubject
from skma_training.documents.plain_text import SideBySide
from skma_training.domain.vocabulary import kind_label


def _unit(form: Form, key: str, kind: str, lang: str, **values) -> str:
    specific = f"{key}_{kind}"
    return form.text(specific if form.has(specific) else key, lang, **values)


def _fields(subject: PaperSubject, form: Form, lang: str) -> list[tuple[str, str]]:
    activity, paper = subject.activity, subject.activity.paperwork
    place = ", ".join(p for p in (activity.provider, form.data_word(activity.country, lang)) if p)
    volume = fmt_number(activity.hours)
    certificate = " ".join(p for p in (paper.certificate_no, fmt_date(paper.certificate_on)) if p)
    course = f"{kind_label(activity.kind, lang)}: «{activity.title}»"
    return [
        (form.text("field_name", lang), subject.full_name),
        (_unit(form, "field_department", subject.unit_kind, lang), subject.department),
        (form.text("field_position", lang), form.data_word(subject.position, lang)),
        (form.text("field_course", lang), course),
        (form.text("field_provider", lang), place),
        (form.text("field_dates", lang), fmt_period(activity.starts_on, activity.ends_on)),
        (form.text("field_volume", lang),
         f"{volume}\u00a0{form.text('hours_short', lang)}" if volume else ""),
        (form.text("field_certificate", lang), certificate),
        (form.text("field_drawn_up", lang), fmt_date(paper.implementation_plan_on)),
    ]


def _fields_block(fields: list[tuple[str, str]], style: dict, width: float):
    """The fields in two columns side by side (a landscape page has room across, not down: the
    table and the signatures then stay on the first page); in one column when a value runs to
    many lines, so that it can carry on over pages."""
    half = (len(fields) + 1) // 2
    column = width * 0.48
    left = fields_table(fields[:half], style["body"], style["body"], column, label_share=0.32)
    right = fields_table(fields[half:], style["body"], style["body"], column, label_share=0.32)
    tallest = max(left.wrap(column, 100_000)[1], right.wrap(column, 100_000)[1])
    if tallest > 60 * mm:
        return fields_table(fields, style["body"], style["body"], width * 0.8, label_share=0.3)
    return SideBySide([left], [right], width - column)


def _approval(subject: PaperSubject, form: Form, lang: str) -> str:
    paper = subject.activity.paperwork
    if paper.meeting_protocol_no and paper.meeting_on:
        return _unit(form, "approved", subject.unit_kind, lang,
                     number=paper.meeting_protocol_no, date=paper.meeting_on)
    return _unit(form, "approved_blank", subject.unit_kind, lang)


def implementation_plan_story(subject: PaperSubject, form: Form, academy: Academy, lang: str,
                              style: dict, width: float) -> list:
    columns = form.columns("plan")
    total = sum(c.width for c in columns) or 1
    widths = [width * c.width / total for c in columns]
    head = [para(c.title(lang), style["cell_head"]) for c in columns]
    who = short_name(subject.full_name)
    # every title word and the short name on one line: the room comes from the widest column
    cell, title = style["cell"], style["cell_head"]
    needs = [max([stringWidth(word, title.fontName, title.fontSize) + 8
                  for word in c.title(lang).split()]
                 + ([stringWidth(who, cell.fontName, cell.fontSize) + 8] if c.key == "who"
                    else [])) for c in columns]
    for index, need in enumerate(needs):
        widest = widths.index(max(widths))
        extra = min(max(0.0, need - widths[index]), widths[widest] / 4)
        if index != widest and extra:
            widths[index] += extra
            widths[widest] -= extra
    rows = int(form.number("empty_rows", 5))
    body = [[para(str(n), style["cell_center"]) if c.key == "number" else
             para(who, style["cell"]) if c.key == "who" else "" for c in columns]
            for n in range(1, rows + 1)]
    table = grid_table([head, *body], widths, row_heights=[None] + [7.5 * mm] * rows)
    signed_on = LongDate(subject.activity.paperwork.implementation_plan_on, lang,
                         form.text("date_blank", lang))
    signatures = signature_table(
        [(form.text("author", lang), who),
         (_unit(form, "department_head", subject.unit_kind, lang), subject.department_head)],
        style["body"], width * 0.7, form.text("sign_caption", lang), style["caption"])
    return [
        para(_approval(subject, form, lang), style["right"]),
        Spacer(1, 1.5 * mm),
        *[para(line, style["title"]) for line in form.lines("title", lang)],
        Spacer(1, 2 * mm),
        _fields_block(_fields(subject, form, lang), style, width),
        Spacer(1, 2 * mm),
        # the table, the note and the signatures on one page: never a page of signatures alone
        KeepTogether([table, para(form.text("forms_note", lang), style["note"]),
                      Spacer(1, 2 * mm), signatures, Spacer(1, 2 * mm),
                      para(form.text("date_line", lang, date=signed_on), style["body"])]),
    ]
