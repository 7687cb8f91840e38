"""The listener's report after PD (Ү 464-002-2025, E464 7.2): the course data filled in,
sections for the employee to write what was learned and how it will be used."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from skma_training.documents.academy import Academy
from skma_training.documents.blocks import RuledLines, fields_table, para, signature_table
from skma_training.documents.formatting import fmt_date, fmt_number
from skma_training.documents.forms import Form
from xml.sax.saxutils import escape

from skma_training.documents.long_dates import LongDate
from skma_training.documents.names import short_name
from skma_training.documents.papers import PaperSubject
from skma_training.documents.pdf_base import FooterNote
from skma_training.domain.vocabulary import kind_label


def unit_text(form: Form, key: str, subject: PaperSubject, lang: str) -> str:
    """The phrase for the employee's unit kind: "кафедра" or "отдел" (key_admin when given)."""
    specific = f"{key}_{subject.unit_kind}"
    return form.text(specific if form.has(specific) else key, lang)


def course_fields(subject: PaperSubject, form: Form, lang: str) -> list[tuple[str, str]]:
    """The employee's and the programme's data as label/value pairs."""
    activity, paper = subject.activity, subject.activity.paperwork
    blank = form.text("blank", lang)
    volume = fmt_number(activity.hours)
    if volume:
        volume += " " + form.text("hours_short", lang)
    if activity.credits:
        credits = form.text("credits", lang, credits=fmt_number(activity.credits))
        volume = ", ".join(p for p in (volume, credits) if p)
    certificate = ", ".join(p for p in (paper.certificate_no, fmt_date(paper.certificate_on)) if p)
    place = ", ".join(p for p in (activity.provider, form.data_word(activity.country, lang)) if p)
    return [
        (form.text("field_name", lang), subject.full_name),
        (unit_text(form, "field_department", subject, lang), subject.department),
        (form.text("field_position", lang), form.data_word(subject.position, lang)),
        (form.text("field_programme", lang), activity.title),
        (form.text("field_kind", lang), kind_label(activity.kind, lang)),
        (form.text("field_provider", lang), place or blank),
        (form.text("field_dates", lang), subject.period or blank),
        (form.text("field_volume", lang), volume or blank),
        (form.text("field_certificate", lang), certificate or blank),
    ]


def writing_sections(form: Form, lang: str, style: dict, width: float, keys: list[str],
                     lines: int = 5) -> list:
    """Numbered headings, each followed by ruled lines to fill in by hand."""
    flow = []
    for number, key in enumerate(keys, start=1):
        flow.append(KeepTogether([para(f"{number}. {form.text(key, lang)}", style["heading"]),
                                  RuledLines(min(lines, 2), width)]))
        if lines > 2:
            flow.append(RuledLines(lines - 2, width))
    return flow


def listener_report_story(subject: PaperSubject, form: Form, academy: Academy, lang: str,
                          style: dict, width: float) -> list:
    signed_on = LongDate(subject.activity.paperwork.report_on, lang, form.text("date_blank", lang))
    flow = [
        para(form.text("title", lang), style["title"]),
        para(form.text("subtitle", lang), style["subtitle"]),
        Spacer(1, 3 * mm),
        fields_table(course_fields(subject, form, lang), style["body"], style["body"], width),
        Spacer(1, 2 * mm),
    ]
    sections = ["aims", "content", "competences", "use", "conclusions"]
    lines = int(form.number("lines_per_section", 5))
    flow += writing_sections(form, lang, style, width, sections, lines)
    flow += [
        Spacer(1, 6 * mm),
        KeepTogether([
            signature_table([(form.text("listener", lang), short_name(subject.full_name))],
                            style["body"], width),
            Spacer(1, 2 * mm),
            para(form.text("date_line", lang, date=signed_on), style["body"]),
            Spacer(1, 6 * mm),
            para(unit_text(form, "heard", subject, lang), style["body"]),
            signature_table([(unit_text(form, "department_head", subject, lang),
                              subject.department_head)], style["body"], width),
        ]),
    ]
    if subject.report_due:  # the instruction goes in the first page's footer, not the text
        flow.insert(0, FooterNote(escape(form.text("deadline", lang, days=subject.report_days,
                                                   date=subject.report_due))))
    return flow
