"""The codes of the domain: staff categories, activity kinds, scopes, funding sources.

Codes are stable identifiers stored in the database and written to Excel; the
English labels are the translation sources for the user-facing names.
"""

from __future__ import annotations

from enum import StrEnum

from skma_training.i18n import QT_TRANSLATE_NOOP, translate


class Category(StrEnum):
    FACULTY_UNIVERSITY = "faculty_university"
    FACULTY_COLLEGE = "faculty_college"
    ADMIN = "admin"
    RESEARCHER = "researcher"


class Kind(StrEnum):
    # The first seven are PD for the 3-year checks (E464 6.1); all count for CPD.
    COURSE = "course"
    MASTER_CLASS = "master_class"
    TRAINING = "training"
    ONLINE_COURSE = "online_course"
    WEBINAR = "webinar"
    SEMINAR = "seminar"
    INTERNSHIP = "internship"
    # Healthcare CPD only (DSM-283 Appendix 1).
    CONFERENCE = "conference"
    SELF_ASSESSMENT = "self_assessment"
    MONOGRAPH = "monograph"
    GUIDELINE = "guideline"
    TEXTBOOK = "textbook"
    ARTICLE_RECOMMENDED = "article_recommended"
    ARTICLE_OTHER = "article_other"
    ARTICLE_INDEXED = "article_indexed"
    PATENT = "patent"
    IP_CERTIFICATE = "ip_certificate"
    MENTORING_STUDENTS = "mentoring_students"
    MENTORING_SPECIALISTS = "mentoring_specialists"
    INNOVATION = "innovation"
    ASSOCIATION_MEMBERSHIP = "association_membership"
    EXPERT_BODY = "expert_body"
    EXPERT_TRAINER = "expert_trainer"
    REGULATORY_DOCUMENT = "regulatory_document"
    EXAM_REVIEW = "exam_review"


PD_KINDS = frozenset(
    {
        Kind.COURSE,
        Kind.MASTER_CLASS,
        Kind.TRAINING,
        Kind.ONLINE_COURSE,
        Kind.WEBINAR,
        Kind.SEMINAR,
        Kind.INTERNSHIP,
    }
)


class Scope(StrEnum):
    REGIONAL = "regional"
    NATIONAL = "national"
    INTERNATIONAL = "international"


class Funding(StrEnum):
    ACADEMY = "academy"
    STATE = "state"
    GRANT = "grant"
    PERSONAL = "personal"
    HOST = "host"
    FREE = "free"


HOME_COUNTRY_NAMES = frozenset(
    {"kazakhstan", "казахстан", "қазақстан", "республика казахстан", "қазақстан республикасы",
     "kz", "kaz", "рк", "қр"}
)

CATEGORY_LABELS = {
    Category.FACULTY_UNIVERSITY: QT_TRANSLATE_NOOP("Vocabulary", "University faculty"),
    Category.FACULTY_COLLEGE: QT_TRANSLATE_NOOP("Vocabulary", "College faculty"),
    Category.ADMIN: QT_TRANSLATE_NOOP("Vocabulary", "Administrative staff"),
    Category.RESEARCHER: QT_TRANSLATE_NOOP("Vocabulary", "Researcher"),
}

KIND_LABELS = {
    Kind.COURSE: QT_TRANSLATE_NOOP("Vocabulary", "PD course"),
    Kind.MASTER_CLASS: QT_TRANSLATE_NOOP("Vocabulary", "Master class"),
    Kind.TRAINING: QT_TRANSLATE_NOOP("Vocabulary", "Training"),
    Kind.ONLINE_COURSE: QT_TRANSLATE_NOOP("Vocabulary", "Online course"),
    Kind.WEBINAR: QT_TRANSLATE_NOOP("Vocabulary", "Webinar"),
    Kind.SEMINAR: QT_TRANSLATE_NOOP("Vocabulary", "Seminar"),
    Kind.INTERNSHIP: QT_TRANSLATE_NOOP("Vocabulary", "Internship"),
    Kind.CONFERENCE: QT_TRANSLATE_NOOP("Vocabulary", "Congress or conference"),
    Kind.SELF_ASSESSMENT: QT_TRANSLATE_NOOP("Vocabulary", "Self-assessment"),
    Kind.MONOGRAPH: QT_TRANSLATE_NOOP("Vocabulary", "Monograph"),
    Kind.GUIDELINE: QT_TRANSLATE_NOOP("Vocabulary", "Guideline or methodological recommendations"),
    Kind.TEXTBOOK: QT_TRANSLATE_NOOP("Vocabulary", "Textbook"),
    Kind.ARTICLE_RECOMMENDED: QT_TRANSLATE_NOOP("Vocabulary", "Article, recommended journal"),
    Kind.ARTICLE_OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Article, other journal"),
    Kind.ARTICLE_INDEXED: QT_TRANSLATE_NOOP("Vocabulary", "Article, Scopus / Web of Science"),
    Kind.PATENT: QT_TRANSLATE_NOOP("Vocabulary", "Patent"),
    Kind.IP_CERTIFICATE: QT_TRANSLATE_NOOP("Vocabulary", "Intellectual-property certificate"),
    Kind.MENTORING_STUDENTS: QT_TRANSLATE_NOOP("Vocabulary", "Mentoring students"),
    Kind.MENTORING_SPECIALISTS: QT_TRANSLATE_NOOP("Vocabulary", "Mentoring young specialists"),
    Kind.INNOVATION: QT_TRANSLATE_NOOP("Vocabulary", "Innovative method implemented"),
    Kind.ASSOCIATION_MEMBERSHIP: QT_TRANSLATE_NOOP("Vocabulary", "Professional association membership"),
    Kind.EXPERT_BODY: QT_TRANSLATE_NOOP("Vocabulary", "Expert body membership"),
    Kind.EXPERT_TRAINER: QT_TRANSLATE_NOOP("Vocabulary", "Expert or trainer activity"),
    Kind.REGULATORY_DOCUMENT: QT_TRANSLATE_NOOP("Vocabulary", "Regulatory document drafted"),
    Kind.EXAM_REVIEW: QT_TRANSLATE_NOOP("Vocabulary", "Exam material review"),
}

SCOPE_LABELS = {
    Scope.REGIONAL: QT_TRANSLATE_NOOP("Vocabulary", "Regional"),
    Scope.NATIONAL: QT_TRANSLATE_NOOP("Vocabulary", "National"),
    Scope.INTERNATIONAL: QT_TRANSLATE_NOOP("Vocabulary", "International"),
}

FUNDING_LABELS = {
    Funding.ACADEMY: QT_TRANSLATE_NOOP("Vocabulary", "Academy budget"),
    Funding.STATE: QT_TRANSLATE_NOOP("Vocabulary", "State order"),
    Funding.GRANT: QT_TRANSLATE_NOOP("Vocabulary", "Grant or project"),
    Funding.PERSONAL: QT_TRANSLATE_NOOP("Vocabulary", "Own expense"),
    Funding.HOST: QT_TRANSLATE_NOOP("Vocabulary", "Host organisation"),
    Funding.FREE: QT_TRANSLATE_NOOP("Vocabulary", "Free of charge"),
}


def _label(labels: dict, code: str | None, lang: str | None) -> str:
    if not code:
        return ""
    source = labels.get(code)
    return translate("Vocabulary", source, lang) if source else str(code)


def category_label(code: str | None, lang: str | None = None) -> str:
    return _label(CATEGORY_LABELS, code, lang)


def kind_label(code: str | None, lang: str | None = None) -> str:
    return _label(KIND_LABELS, code, lang)


def scope_label(code: str | None, lang: str | None = None) -> str:
    return _label(SCOPE_LABELS, code, lang)


def funding_label(code: str | None, lang: str | None = None) -> str:
    return _label(FUNDING_LABELS, code, lang)


def default_scope(country: str | None) -> Scope:
    """National for Kazakhstan (or no country given), international otherwise."""
    if not country or country.strip().lower() in HOME_COUNTRY_NAMES:
        return Scope.NATIONAL
    return Scope.INTERNATIONAL


def is_pd_kind(kind: str) -> bool:
    return kind in PD_KINDS
