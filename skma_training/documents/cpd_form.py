"""Confirmation of a healthcare worker's CPD results (ҚР ДСМ-283/2020, Appendix 2).

The form's numbered fields, the 21-row table of credit units over the last
5 years with its chapters and total, the signatures of the head of HR and of
the employer; then, on its own page, the activities each row was counted
from, so HR can check the numbers against the documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle

from skma_training.documents.academy import Academy
from skma_training.documents.blocks import fields_table, grid_table, para, signature_table
from skma_training.documents.formatting import fmt_date, fmt_number
from skma_training.documents.forms import Form, load_form
from skma_training.documents.letterhead import make_header
from skma_training.documents.pdf_base import build_pdf, page_setup
from skma_training.documents.styles import LIGHT, SHADE, plain_cells, styles
from skma_training.domain.vocabulary import kind_label

CHAPTERS = ((1, (1,)), (2, (2, 3, 4, 5)), (3, tuple(range(6, 22))))


@dataclass(frozen=True, slots=True)
class CreditLine:
    """One activity counted (or not) for the form, for the annex."""

    day: date | None
    kind: str
    title: str
    row: int | None
    units: float
    rule: str  # the rate or the reason it earned nothing, already in the document's language


@dataclass(slots=True)
class CpdFormData:
    full_name: str
    specialty: str
    workplace: str
    position: str
    hired_on: date | None
    left_on: date | None
    window_start: date
    as_of: date
    units_by_row: dict[int, float] = field(default_factory=dict)
    lines: list[CreditLine] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(self.units_by_row.values())


def _numbered(form: Form, lang: str, keys_values: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(form.text(key, lang), value) for key, value in keys_values]


def _career_table(data: CpdFormData, form: Form, lang: str, style: dict, width: float) -> Table:
    titles = [form.text(k, lang) for k in ("career_hired", "career_left", "career_place",
                                           "career_position", "career_order", "career_order_date")]
    row = [fmt_date(data.hired_on), fmt_date(data.left_on), data.workplace,
           form.data_word(data.position, lang), "", ""]
    cells = [para(value, style["cell_center" if index < 2 else "cell"])
             for index, value in enumerate(row)]
    # empty rows for the earlier posts in the specialty, written in by HR
    empty = int(form.number("career_empty_rows", 3))
    return grid_table([[para(t, style["cell_head"]) for t in titles], cells,
                       *([""] * 6 for _ in range(empty))],
                      [width * w for w in (0.13, 0.13, 0.30, 0.20, 0.11, 0.13)],
                      row_heights=[None, None] + [7 * mm] * empty)


def _signatory(title: str, name: str, form: Form, lang: str, style: dict, width: float) -> Table:
    """One signatory as the form of Appendix 2 has it: the post; the name on a line captioned
    "(тегі, аты, әкесінің аты (бар болса))"; the signature on a line captioned "(қолы)"."""
    from reportlab.lib import colors

    data = [[para(title, style["body"]), "", "", ""],
            ["", para(name, style["body"]), "", ""],
            ["", para(form.text("name_caption", lang), style["caption"]), "",
             para(form.text("name_sign_caption", lang), style["caption"])]]
    table = Table(data, colWidths=[width * 0.30, width * 0.42, width * 0.05, width * 0.23],
                  hAlign="LEFT")
    table.setStyle(TableStyle(plain_cells() + [
        ("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (0, 2)),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (1, 1), (1, 1), 0.6, colors.black),
        ("LINEBELOW", (3, 1), (3, 1), 0.6, colors.black),
        ("TOPPADDING", (0, 2), (-1, 2), 0)]))
    return table


def _results_table(data: CpdFormData, form: Form, lang: str, style: dict, width: float) -> Table:
    criteria = form.mapping("criteria", lang)
    heads = ("result_number", "result_criterion", "result_units")
    rows = [[para(form.text(k, lang), style["cell_head"]) for k in heads]]
    commands = []
    for chapter, numbers in CHAPTERS:
        commands += [("SPAN", (0, len(rows)), (-1, len(rows))),
                     ("BACKGROUND", (0, len(rows)), (-1, len(rows)), LIGHT)]
        rows.append([para(form.text(f"chapter_{chapter}", lang), style["cell_bold"]), "", ""])
        for number in numbers:
            rows.append([para(str(number), style["cell_center"]),
                         para(criteria.get(str(number), ""), style["cell"]),
                         para(fmt_number(data.units_by_row.get(number, 0.0)), style["cell_right"])])
    commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), SHADE))
    commands.append(("SPAN", (0, len(rows)), (1, len(rows))))
    rows.append([para(form.text("result_total", lang), style["cell_bold"]), "",
                 para(fmt_number(data.total), style["cell_bold_right"])])
    table = grid_table(rows, [width * 0.08, width * 0.72, width * 0.20])
    table.setStyle(TableStyle(commands))
    return table


def _annex(data: CpdFormData, form: Form, lang: str, style: dict, width: float) -> list:
    heads = ("annex_number", "annex_date", "annex_kind", "annex_title", "annex_row", "annex_units",
             "annex_rule")
    rows = [[para(form.text(k, lang), style["cell_head"]) for k in heads]]
    for number, line in enumerate(data.lines, start=1):
        rows.append([para(str(number), style["cell_center"]),
                     para(fmt_date(line.day), style["cell_center"]),
                     para(kind_label(line.kind, lang), style["cell"]),
                     para(line.title, style["cell"]),
                     para(str(line.row or ""), style["cell_center"]),
                     para(fmt_number(line.units), style["cell_right"]),
                     para(line.rule, style["cell"])])
    period = form.text("period", lang, period=(data.window_start, data.as_of))
    flow = [para(form.text("annex_title_text", lang), style["title"]),
            para(data.full_name, style["subtitle"]),
            para(period, style["subtitle"])]
    if data.lines:
        shares = (0.05, 0.115, 0.16, 0.285, 0.08, 0.11, 0.20)
        texts = [[form.text(k, lang) for k in heads]] + \
            [[str(number), fmt_date(line.day), kind_label(line.kind, lang), line.title,
              str(line.row or ""), fmt_number(line.units), line.rule]
             for number, line in enumerate(data.lines, start=1)]
        widths = whole_words([width * w for w in shares], texts, style)
        flow.append(grid_table(rows, widths))
    else:
        flow.append(para(form.text("annex_empty", lang), style["note"]))
    return flow


def whole_words(widths: list[float], texts: list[list[str]], style: dict) -> list[float]:
    """The columns widened to their longest word (the first row of ``texts`` holds the titles,
    in the bold of the header), the room taken from the columns with most to spare: a word is
    cut only when the words of all the columns cannot stand side by side."""
    head, cell = style["cell_head"], style["cell"]
    needs = []
    for index in range(len(widths)):
        words = [(word, head) for word in texts[0][index].split()] + \
            [(word, cell) for row in texts[1:] for word in row[index].split()]
        needs.append(max((stringWidth(w, s.fontName, s.fontSize) for w, s in words),
                         default=0.0) + 8)
    made = list(widths)
    short = sum(max(0.0, n - w) for n, w in zip(needs, made))
    spare = {i: made[i] - needs[i] for i in range(len(made)) if made[i] > needs[i]}
    room = sum(spare.values())
    if not short or room <= 0:
        return made
    take = min(1.0, room / short) if short else 0.0
    for i, (need, have) in enumerate(zip(needs, widths)):
        if need > have:
            made[i] = have + (need - have) * take
    given = sum(made) - sum(widths)
    for i, free in spare.items():  # each gives in proportion to what it has to spare
        made[i] -= given * free / room
    return made


def cpd_form_story(data: CpdFormData, form: Form, academy: Academy, lang: str, style: dict,
                   width: float) -> list:
    appendix = Table([[para(form.text("appendix", lang), style["small"])],
                      [para(form.text("form_word", lang), style["small"])]],
                     colWidths=[width * 0.5], hAlign="RIGHT")
    appendix.setStyle(TableStyle(plain_cells() + [("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    blank = ""
    flow = [
        appendix,
        Spacer(1, 4 * mm),
        para(form.text("title", lang), style["title"]),
        Spacer(1, 2 * mm),
        fields_table(_numbered(form, lang, [
            ("field_1", data.full_name), ("field_2", data.specialty), ("field_3", blank),
            ("field_4", blank), ("field_5", data.workplace),
            ("field_6", form.data_word(data.position, lang)),
        ]), style["body"], style["body"], width, label_share=0.45),
        para(form.text("field_7", lang), style["body"]),
        Spacer(1, 1 * mm),
        _career_table(data, form, lang, style, width),
        fields_table(_numbered(form, lang, [("field_8", blank), ("field_9", blank),
                                            ("field_10", blank)]),
                     style["body"], style["body"], width, label_share=0.45),
        Spacer(1, 2 * mm),
        para(form.text("field_11", lang, start=fmt_date(data.window_start),
                       end=fmt_date(data.as_of)), style["body"]),
        Spacer(1, 1 * mm),
        _results_table(data, form, lang, style, width),
        Spacer(1, 6 * mm),
    ]
    signatures = [_signatory(form.text("hr_head_cpd", lang), academy.hr_head, form, lang, style,
                             width), Spacer(1, 4 * mm),
                  _signatory(form.text("employer_head", lang), academy.rector_name, form, lang,
                             style, width)]
    issued = para(form.text("issued", lang, date=fmt_date(data.as_of)), style["body"])
    flow.append(KeepTogether([*signatures, Spacer(1, 4 * mm), issued]))
    if form.layout.get("annex", True):
        flow += [PageBreak(), *_annex(data, form, lang, style, width)]
    return flow


def render_cpd_form(data: CpdFormData, academy: Academy, lang: str, out: Path) -> Path:
    form = load_form("cpd-form")
    width = page_setup(form).width
    style = styles(form.number("font_size", 11), form.number("table_font_size", 10))
    header = make_header(form, academy, lang)
    return build_pdf(out, cpd_form_story(data, form, academy, lang, style, width), form, header,
                     f"{header.title}: {data.full_name}", academy.name(lang), lang)
