"""One-activity papers (application, listener's report, internship report), alone or in a batch.

A batch is one PDF in which every paper starts on a new page and is numbered
on its own ("page 1 of 2" of that paper, not of the file). Progress is
reported as each paper is laid out, and a cancellation stops the file before
it replaces anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import PageBreak

from skma_training.documents.academy import Academy
from skma_training.documents.formatting import fmt_period
from skma_training.documents.forms import Form, load_form
from skma_training.documents.letterhead import make_header
from skma_training.documents.pdf_base import SectionStart, build_pdf, page_setup
from skma_training.documents.styles import styles
from skma_training.domain.model import Activity

# Builds the flowables of one paper: (subject, form, academy, lang, styles, width) -> flowables
PaperStory = Callable[["PaperSubject", Form, Academy, str, dict, float], list]


@dataclass(frozen=True, slots=True)
class PaperSubject:
    """The employee and the activity a paper is about, with the deadlines that concern it."""

    full_name: str
    position: str
    department: str
    activity: Activity
    application_due: date | None = None
    report_due: date | None = None
    application_days: int = 20
    report_days: int = 5
    unit_kind: str = "department"  # department (кафедра) or admin (отдел)
    department_head: str = ""  # as signed, "И.О. Фамилия"

    @property
    def period(self) -> str:
        return fmt_period(self.activity.starts_on, self.activity.ends_on)


def render_papers(form_name: str, build: PaperStory, subjects: Sequence[PaperSubject],
                  academy: Academy, lang: str, out: Path,
                  before_each: Callable[[int, int], None] | None = None) -> Path:
    """Lay out a paper per subject in one PDF. ``before_each(index, count)`` runs as each paper
    begins to be drawn (for progress; raising from it cancels the file)."""
    form = load_form(form_name)
    width = page_setup(form).width
    style = styles(form.number("font_size", 12), form.number("table_font_size", 10))
    story: list = []
    count = len(subjects)
    for index, subject in enumerate(subjects):
        if index:
            story.append(PageBreak())
        hook = (lambda i=index: before_each(i, count)) if before_each else None
        story.append(SectionStart(hook))
        story.extend(build(subject, form, academy, lang, style, width))
    header = make_header(form, academy, lang)
    title = header.title if count != 1 else f"{header.title}: {subjects[0].full_name}"
    return build_pdf(out, story, form, header, title, academy.name(lang), lang)
