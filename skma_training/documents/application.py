"""An employee's application to the rector to be sent to PD (E464 7.1).

Kazakh and Russian would put the rector's and the employee's names in the
dative and the ablative; software cannot inflect names reliably, so the
addressee lines are template text (the centre may write the rector's name
there in the right case) and the employee is named in labelled lines.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from skma_training.documents.academy import Academy
from skma_training.documents.blocks import fields_table, para, signature_table
from skma_training.documents.formatting import fmt_date, fmt_number, inner_quotes
from skma_training.documents.forms import Form, fill
from skma_training.documents.names import short_name
from skma_training.documents.papers import PaperSubject
from skma_training.documents.plain_text import LabelBox, LabelledValue, SideBySide
from skma_training.documents.styles import GRID, plain_cells
from skma_training.domain.vocabulary import Funding, funding_label

BLANK_DATE = "«____» ____________ 20____"


def _resolution_box(form: Form, lang: str, style: dict, width: float) -> LabelBox:
    return LabelBox(form.text("resolution", lang), style["small"], width, 30 * mm, GRID)


def _addressee(subject: PaperSubject, form: Form, academy: Academy, lang: str, style: dict) -> list:
    """To whom (template lines) and from whom (labelled lines, so no name needs a case ending)."""
    lines = form.lines("addressee", lang, academy=academy.name(lang),
                       rector_title=academy.rector_title(lang), rector_name=academy.rector_name,
                       rector_dative=academy.rector_dative(lang))
    # the rector's name in the dative comes from Settings; without it the line is left out
    flow: list = [para(line, style["body"]) for line in lines if line.strip()]
    flow.append(Spacer(1, 3 * mm))
    for key, value in (("from_name", subject.full_name),
                       ("from_position", form.data_word(subject.position, lang)),
                       ("from_department", subject.department)):
        if key == "from_department" and form.has(f"from_department_{subject.unit_kind}"):
            key = f"from_department_{subject.unit_kind}"
        label = form.text(key, lang)
        if key.startswith("from_department") and _names_itself(label, value):
            label = ""  # "Кафедра пропедевтики…", not "Кафедра: Кафедра пропедевтики…"
        flow.append(LabelledValue(label, value, style["body"]))
    return flow


def _names_itself(label: str, name: str) -> bool:
    """The unit's name already says what it is: the label's word ("Кафедра", "кафедрасы",
    "Отдел", "бөлімі") is one of its words."""
    word = label.strip().rstrip(":").casefold()
    return bool(word) and word in name.casefold().replace(",", " ").split()


def application_story(subject: PaperSubject, form: Form, academy: Academy, lang: str,
                      style: dict, width: float) -> list:
    activity = subject.activity
    left = width * 0.42
    # drawn as plain flowables, not nested tables: a batch of 500 lays this out 500 times
    top = SideBySide([_resolution_box(form, lang, style, left - 6 * mm)],
                     _addressee(subject, form, academy, lang, style), left)
    phrases = form.mapping("request_kind", lang)
    blank = form.text("blank", lang)
    what = phrases.get(activity.kind) or phrases.get("course", "")
    activity_text = fill(what, {"title": inner_quotes(activity.title),
                                "hours": fmt_number(activity.hours, blank=blank)})
    if activity.starts_on or activity.ends_on:
        request = form.markup("request", lang, activity=activity_text,
                              period=(activity.starts_on, activity.ends_on))
    else:
        request = form.markup("request_undated", lang, activity=activity_text)
    place = ", ".join(p for p in (activity.provider, form.data_word(activity.country, lang)) if p)
    funding = activity.paperwork.funding
    details = [(form.text("provider", lang), place or blank)]
    details.append((form.text("funding", lang), funding_label(funding, lang) if funding else blank))
    if activity.paperwork.cost:
        amount = fmt_number(activity.paperwork.cost, 0)
        details.append((form.text("cost", lang), form.text("tenge", lang, amount=amount)))

    signed_on = fmt_date(activity.paperwork.application_on) or form.text("date_blank", lang)
    head = form.text(f"department_head_{subject.unit_kind}", lang) \
        if form.has(f"department_head_{subject.unit_kind}") else form.text("department_head", lang)
    agreed = [(head, subject.department_head)]
    if funding in (Funding.ACADEMY, ""):
        agreed.append((form.text("chief_accountant", lang), ""))
    agreed.append((form.text("centre_head", lang), academy.centre_head))
    return [
        top,
        Spacer(1, 12 * mm),
        para(form.text("title", lang), style["title"]),
        Spacer(1, 4 * mm),
        Paragraph(request, style["indent"]),
        Spacer(1, 3 * mm),
        fields_table(details, style["body"], style["body"], width, label_share=0.34),
        Spacer(1, 12 * mm),
        signature_table([(signed_on, short_name(subject.full_name))], style["body"], width,
                        form.text("sign_caption", lang), style["caption"]),
        Spacer(1, 12 * mm),
        para(form.text("agreed", lang), style["heading"]),
        signature_table(agreed, style["body"], width, form.text("sign_caption", lang),
                        style["caption"]),
    ]
