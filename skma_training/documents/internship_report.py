"""The internship papers (E464 7.12-7.14): the intern's report against the individual plan,
the host supervisor's review sheet with a place for the host's seal, and the extract
from the minutes of the department meeting that approves the report."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle

from skma_training.documents.academy import Academy
from skma_training.documents.blocks import (
    RuledLines,
    SealPlace,
    fields_table,
    grid_table,
    para,
    signature_table,
)
from skma_training.documents.formatting import fmt_date, fmt_number
from skma_training.documents.forms import Form
from xml.sax.saxutils import escape

from skma_training.documents.long_dates import LongDate
from skma_training.documents.pdf_base import FooterNote
from skma_training.documents.names import short_name
from skma_training.documents.listener_report import writing_sections
from skma_training.documents.papers import PaperSubject
from skma_training.documents.styles import plain_cells

BLANK_PROTOCOL = "______"


def _unit(form: Form, key: str, subject: PaperSubject, lang: str, **values) -> str:
    specific = f"{key}_{subject.unit_kind}"
    return form.text(specific if form.has(specific) else key, lang, **values)


def _internship_fields(subject: PaperSubject, form: Form, lang: str, with_staff: bool) -> list:
    activity, paper = subject.activity, subject.activity.paperwork
    volume = fmt_number(activity.hours)
    fields = [(form.text("field_intern", lang), subject.full_name)]
    if with_staff:
        fields += [(_unit(form, "field_department", subject, lang), subject.department),
                   (form.text("field_position", lang), form.data_word(subject.position, lang))]
    fields += [
        (form.text("field_host", lang), activity.provider),
        (form.text("field_country", lang), form.data_word(activity.country, lang)),
        (form.text("field_supervisor", lang), paper.supervisor),
        (form.text("field_dates", lang), subject.period),
        (form.text("field_programme", lang), activity.title),
    ]
    if with_staff:
        fields.append((form.text("field_volume", lang),
                       f"{volume} {form.text('hours_short', lang)}" if volume else ""))
        if paper.order_no or paper.order_on:
            fields.append((form.text("field_order", lang),
                           form.text("order", lang, number=paper.order_no,
                                     date=fmt_date(paper.order_on))))
    return fields


def _plan_table(form: Form, lang: str, style: dict, width: float) -> Table:
    """The individual plan's items, to be filled in by the intern: № | date | work | result."""
    titles = [form.text(k, lang) for k in ("plan_number", "plan_date", "plan_work", "plan_result")]
    rows = int(form.number("plan_rows", 6))
    data = [[para(t, style["cell_head"]) for t in titles]]
    data += [[para(str(i), style["cell_center"]), "", "", ""] for i in range(1, rows + 1)]
    return grid_table(data, [width * w for w in (0.07, 0.16, 0.47, 0.30)],
                      row_heights=[None] + [7.5 * mm] * rows)


def _report(subject: PaperSubject, form: Form, lang: str, style: dict, width: float) -> list:
    flow = [para(form.text("report_title", lang), style["title"])]
    if subject.report_due:  # the instruction for the intern goes in the page's footer
        flow.insert(0, FooterNote(escape(form.text("deadline", lang, days=subject.report_days,
                                                   date=subject.report_due))))
    flow += [
        Spacer(1, 2 * mm),
        fields_table(_internship_fields(subject, form, lang, True), style["body"], style["body"],
                     width),
        para(form.text("plan_title", lang), style["heading"]),
        _plan_table(form, lang, style, width),
    ]
    flow += writing_sections(form, lang, style, width, ["outcomes", "proposals"],
                             int(form.number("report_lines", 3)))
    signed = signature_table([(form.text("intern", lang), short_name(subject.full_name))],
                             style["body"], width)
    # the date the report was handed in, when the register has it
    date_line = form.text("date_line", lang, date=LongDate(subject.activity.paperwork.report_on,
                                                           lang, form.text("date_blank", lang)))
    flow += [Spacer(1, 4 * mm),
             KeepTogether([signed, Spacer(1, 2 * mm), para(date_line, style["body"])])]
    return flow


def _review(subject: PaperSubject, form: Form, lang: str, style: dict, width: float) -> list:
    paper = subject.activity.paperwork
    lines = int(form.number("review_lines", 4))
    signed_on = fmt_date(paper.review_on) or form.text("date_blank", lang)
    date_line = para(form.text("date_line", lang, date=signed_on), style["body"])
    seal = Table([[date_line, SealPlace(form.text("seal", lang))]],
                 colWidths=[width * 0.7, width * 0.3])
    seal.setStyle(TableStyle(plain_cells() + [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    # the supervisor signs as "И.О. Фамилия", like every signatory
    signed = signature_table([(form.text("supervisor", lang), short_name(paper.supervisor))],
                             style["body"], width)
    signature = [signed, Spacer(1, 2 * mm), seal]
    return [
        para(form.text("review_title", lang), style["title"]),
        Spacer(1, 2 * mm),
        fields_table(_internship_fields(subject, form, lang, False), style["body"], style["body"],
                     width),
        Spacer(1, 3 * mm),
        para(form.text("review_completed", lang), style["indent"]),
        para(form.text("review_assessment", lang), style["heading"]),
        RuledLines(lines, width),
        para(form.text("review_recommendation", lang), style["heading"]),
        RuledLines(lines, width),
        Spacer(1, 4 * mm),
        KeepTogether(signature),
    ]


def _minutes(subject: PaperSubject, form: Form, lang: str, style: dict, width: float) -> list:
    """The extract: title, number and date, present, agenda, heard, decided, chair and
    secretary, and the secretary's certification "Үзінді дұрыс / Выписка верна"."""
    activity, paper = subject.activity, subject.activity.paperwork
    values = dict(name=subject.full_name, position=form.data_word(subject.position, lang),
                  host=activity.provider, country=form.data_word(activity.country, lang),
                  dates=(activity.starts_on, activity.ends_on))
    blank = form.text("date_blank", lang)
    certified = [para(form.text("minutes_certified", lang), style["heading"]),
                 signature_table([(form.text("secretary", lang), "")], style["body"], width),
                 Spacer(1, 2 * mm),
                 para(form.text("date_line", lang, date=LongDate(paper.meeting_on, lang, blank)),
                      style["body"])]
    return [
        para(_unit(form, "minutes_title", subject, lang), style["title"]),
        para(subject.department, style["subtitle"]),
        para(form.text("minutes_number", lang, number=paper.meeting_protocol_no or BLANK_PROTOCOL,
                       date=LongDate(paper.meeting_on, lang, blank)), style["subtitle"]),
        para(form.text("minutes_present", lang), style["body"]),
        para(form.text("minutes_agenda", lang), style["heading"]),
        para(form.text("minutes_agenda_item", lang, **values), style["indent"]),
        para(form.text("minutes_heard", lang), style["heading"]),
        para(form.text("minutes_heard_text", lang, **values), style["indent"]),
        para(form.text("minutes_decided", lang), style["heading"]),
        *[para(line, style["indent"]) for line in form.lines("minutes_decision", lang)],
        Spacer(1, 6 * mm),
        KeepTogether([
            signature_table([(form.text("chair", lang), subject.department_head),
                             (form.text("secretary", lang), "")], style["body"], width),
            Spacer(1, 8 * mm), *certified]),
    ]


def internship_report_story(subject: PaperSubject, form: Form, academy: Academy, lang: str,
                            style: dict, width: float) -> list:
    # three papers signed by different people: each on its own page
    return [*_report(subject, form, lang, style, width), PageBreak(),
            *_review(subject, form, lang, style, width), PageBreak(),
            *_minutes(subject, form, lang, style, width)]
