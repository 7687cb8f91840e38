"""A realistic demo academy: the real structure, invented people, years of PD, next year's requests.

Deterministic for a given seed and date, so screenshots and tests are stable.
The same generator, at larger sizes, feeds the benchmark.
"""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from sqlalchemy import func, insert, select, update

from skma_training import paths
from skma_training.domain.deadlines import history_date_for_import
from skma_training.domain.iin import with_check_digit
from skma_training.domain.model import Activity, Employee, Paperwork
from skma_training.domain.vocabulary import Category, Kind, default_scope
from skma_training.errors import KnownError
from skma_training.i18n import QT_TRANSLATE_NOOP
from skma_training.persistence.records import activity_values
from skma_training.persistence.schema import (
    ActivityRow,
    Department,
    EmployeeRow,
    Faculty,
    Plan,
    PlanAmendment,
    PlanItem,
    PlanRequest,
)
from skma_training.services import audit
from skma_training.services.context import Context
from skma_training.services.settings import write_settings

PD_DURATION = {  # kind: (min days, max days, hours choices)
    Kind.COURSE: (6, 14, (36, 54, 72, 72, 72, 108, 144)),
    Kind.INTERNSHIP: (5, 28, (36, 72, 72, 108)),
    Kind.ONLINE_COURSE: (5, 30, (18, 36, 54, 72)),
    Kind.WEBINAR: (1, 1, (2, 4, 6)),
    Kind.SEMINAR: (1, 3, (6, 12, 18)),
    Kind.TRAINING: (2, 5, (12, 18, 24, 36)),
    Kind.MASTER_CLASS: (1, 2, (4, 6, 8)),
}
PD_WEIGHTS = {Kind.COURSE: 40, Kind.ONLINE_COURSE: 14, Kind.SEMINAR: 10, Kind.TRAINING: 10,
              Kind.MASTER_CLASS: 5, Kind.WEBINAR: 9, Kind.INTERNSHIP: 12}
CATEGORY_OF_UNIT = {"department": Category.FACULTY_UNIVERSITY, "college": Category.FACULTY_COLLEGE,
                    "admin": Category.ADMIN, "research": Category.RESEARCHER}
UNIT_WEIGHT = {"department": 13, "college": 10, "admin": 5, "research": 8}


class DatabaseNotEmpty(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The database already holds {count} employees; the demo academy fills only an empty one."
    )


@cache
def academy_data() -> dict:
    with paths.resource("demo", "academy.toml").open("rb") as handle:
        return tomllib.load(handle)


@dataclass
class DemoAcademy:
    faculties: list[dict] = field(default_factory=list)
    departments: list[dict] = field(default_factory=list)  # with "faculty" key and "unit" kind
    employees: list[Employee] = field(default_factory=list)  # department_id = index in departments
    activities: list[Activity] = field(default_factory=list)  # employee_id = index in employees


class _Generator:
    def __init__(self, seed: int, today: date):
        self.rng = random.Random(seed)
        self.today = today
        self.data = academy_data()
        self.iins: set[str] = set()
        self.serial = 1000

    def person_name(self, female: bool) -> str:
        """Surname, name and patronymic: Kazakh (with ұлы/қызы or -ович) or Russian."""
        names, rng = self.data["names"], self.rng
        group = "kazakh" if rng.random() < 0.8 else "russian"
        if rng.random() < 0.15:
            surname = rng.choice(names[f"{group}_invariable"])
        else:
            surname = rng.choice(names[f"{group}_surnames"]) + ("а" if female else "")
        first = rng.choice(names[f"{group}_female" if female else f"{group}_male"])
        father = rng.choice(names[f"{group}_fathers"])
        if group == "kazakh" and rng.random() < 0.35:
            return f"{surname} {first} {father} {'қызы' if female else 'ұлы'}"
        if father.endswith("ий"):  # Юрий -> Юрьевна, Юрьевич
            patronymic = father[:-2] + ("ьевна" if female else "ьевич")
        elif father.endswith(("й", "ь")):  # Сергей -> Сергеевна, Игорь -> Игоревич
            patronymic = father[:-1] + ("евна" if female else "евич")
        else:
            patronymic = father + ("овна" if female else "ович")
        return f"{surname} {first} {patronymic}"

    def iin(self, born: date, female: bool) -> str:
        century = 3 if born.year < 2000 else 5
        while True:
            self.serial += self.rng.randint(1, 7)
            body = f"{born:%y%m%d}{century + female}{self.serial % 10000:04d}"
            iin = with_check_digit(body)
            if iin and iin not in self.iins:
                self.iins.add(iin)
                return iin

    def between(self, start: date, end: date) -> date:
        span = max(0, (end - start).days)
        return start + timedelta(days=self.rng.randint(0, span))

    def employee(self, unit: dict, dep_index: int, role: str) -> Employee:
        rng = self.rng
        female = rng.random() < 0.62
        age = rng.randint(26, 66)
        born = date(self.today.year - age, rng.randint(1, 12), rng.randint(1, 28))
        positions = self.data["positions"]
        kind = unit["kind"]
        position = {
            "head": positions.get(f"{kind}_head", positions["department_head"]),
            "deputy": positions["admin_deputy"],
        }.get(role) or rng.choice(positions[kind])
        earliest = max(date(born.year + 24, 9, 1), date(1995, 9, 1))
        recent = rng.random() < 0.08
        hired = self.between(self.today - timedelta(days=700), self.today - timedelta(days=30)) if recent \
            else self.between(earliest, self.today - timedelta(days=800))
        category = CATEGORY_OF_UNIT[kind]
        healthcare = bool(unit["clinical"]) and kind in ("department", "college", "research")
        left = None
        if rng.random() < 0.03:
            left = self.between(hired + timedelta(days=200), self.today - timedelta(days=10))
        iin = self.iin(born, female)
        return Employee(
            id=None, iin=iin, full_name=self.person_name(female), category=category,
            department_id=dep_index, position=position, is_head=role in ("head", "deputy"),
            healthcare=healthcare, profile=unit["profile"], hired_on=hired, left_on=left,
            email=f"staff{len(self.iins):05d}@skma.example", phone=f"+7 701 {rng.randint(1000000, 9999999)}",
        )

    def provider(self, abroad: bool | None = None, management: bool = False) -> dict:
        providers = self.data["providers"]
        if management:
            choices = [p for p in providers if p.get("management")] or providers
        elif abroad is None:
            choices = providers
        else:
            choices = [p for p in providers if bool(p.get("abroad")) == abroad]
        return self.rng.choice(choices)

    def paperwork(self, kind: str, start: date, end: date, provider: dict, counter: int) -> Paperwork:
        rng, today = self.rng, self.today
        paper = Paperwork()
        if start - timedelta(days=60) <= today or rng.random() < 0.5:
            lead = rng.choice((25, 30, 35, 40, 21, 20, 28)) if rng.random() < 0.9 else rng.choice((3, 10, 14))
            if start - timedelta(days=lead) <= today:
                paper.application_on = start - timedelta(days=lead)
                paper.order_no = f"{counter % 900 + 100}-ө"
                paper.order_on = min(today, paper.application_on + timedelta(days=rng.randint(3, 8)))
        fresh = (today - end).days < 45
        if end <= today and not (fresh and rng.random() < 0.45) and rng.random() < 0.96:
            paper.certificate_no = f"{rng.choice(('№', 'KZ', 'С-'))}{counter:06d}"
            paper.certificate_on = end
            delay = rng.choice((1, 2, 3, 4, 5, 5, 3, 2, 8, 12))
            if end + timedelta(days=delay) <= today:
                paper.report_on = end + timedelta(days=delay)
        if provider.get("city") == "Шымкент" and "ЮКМА" in provider["name"]:
            paper.funding, paper.cost = "free", 0.0
        else:
            paper.funding = rng.choices(("academy", "personal", "grant", "host"), (60, 20, 15, 5))[0]
            paper.cost = float(rng.randrange(60_000, 450_000, 5_000))
            if paper.funding == "academy":
                paper.contract_no = f"ДО-{start.year}/{counter % 500 + 1}"
        if kind == Kind.INTERNSHIP and end <= today:
            paper.supervisor = self.person_name(rng.random() < 0.5)
            if rng.random() < 0.85:
                paper.review_on = end + timedelta(days=rng.randint(0, 5))
            if rng.random() < 0.8:
                paper.meeting_protocol_no = str(rng.randint(1, 12))
                paper.meeting_on = end + timedelta(days=rng.randint(7, 30))
            if rng.random() < 0.65 and paper.meeting_on:
                paper.implementation_plan_on = paper.meeting_on
        return paper

    def pd_activity(self, emp_index: int, emp: Employee, start: date, counter: int,
                    management: bool = False) -> Activity:
        rng = self.rng
        kind = Kind.COURSE if management else rng.choices(list(PD_WEIGHTS), list(PD_WEIGHTS.values()))[0]
        low, high, hours = PD_DURATION[kind]
        end = start + timedelta(days=rng.randint(low, high) - 1)
        abroad = kind == Kind.INTERNSHIP and rng.random() < 0.4
        provider = self.provider(abroad=abroad if kind == Kind.INTERNSHIP else None, management=management)
        topics = self.data["topics"]
        if management:
            title = rng.choice(topics["management"])
        elif rng.random() < 0.55:
            title = f"Актуальные вопросы: {emp.profile.lower()}" if rng.random() < 0.5 else \
                f"Современные технологии в области «{emp.profile}»"
        else:
            title = rng.choice(topics["common"])
        return Activity(
            id=None, employee_id=emp_index, kind=str(kind), title=title, starts_on=start, ends_on=end,
            hours=float(rng.choice(hours)), in_profile=management is False and rng.random() < 0.9,
            management=management, provider=provider["name"], country=provider["country"],
            scope=str(default_scope(provider["country"])),
            paperwork=self.paperwork(kind, start, end, provider, counter),
        )

    def cpd_activity(self, emp_index: int, day: date, counter: int) -> Activity:
        rng = self.rng
        kind = rng.choice((Kind.CONFERENCE, Kind.CONFERENCE, Kind.ARTICLE_OTHER, Kind.ARTICLE_RECOMMENDED,
                           Kind.ARTICLE_INDEXED, Kind.MENTORING_STUDENTS, Kind.EXPERT_TRAINER))
        topics = self.data["topics"]
        scope = rng.choice(("regional", "national", "national", "international"))
        activity = Activity(id=None, employee_id=emp_index, kind=str(kind), title="", starts_on=day,
                            ends_on=day, hours=None, scope=scope, in_profile=True,
                            paperwork=Paperwork(certificate_no=f"Д-{counter:05d}", certificate_on=day))
        if kind == Kind.CONFERENCE:
            activity.title = rng.choice(topics["conference"])
            activity.ends_on = day + timedelta(days=rng.randint(0, 2))
            activity.with_talk = rng.random() < 0.3
            activity.country = "Казахстан" if scope != "international" else rng.choice(("Турция", "Россия"))
        elif kind.startswith("article"):
            activity.title = f"{rng.choice(topics['article'])} ({day.year})"
            activity.author_position = rng.randint(1, 4)
            if kind == Kind.ARTICLE_INDEXED:
                activity.quartile = rng.randint(1, 4)
        elif kind == Kind.MENTORING_STUDENTS:
            activity.title = f"Наставничество студентов, {day.year} год"
            activity.starts_on, activity.ends_on = date(day.year, 1, 1), date(day.year, 12, 31)
            if activity.ends_on > self.today:
                activity.ends_on = None
                activity.kind = str(Kind.EXPERT_TRAINER)
                activity.ends_on = day
                activity.title = "Экспертная деятельность"
        else:
            activity.title = "Экспертная деятельность"
        return activity


def generate_academy(seed: int, today: date, staff: int = 450,
                     history_years: int = 6, include_cpd: bool = True) -> DemoAcademy:
    gen = _Generator(seed, today)
    data = gen.data
    academy = DemoAcademy()
    academy.faculties = list(data["faculties"])
    units = data["departments"]
    academy.departments = list(units)
    weights = [UNIT_WEIGHT[u["kind"]] for u in units]
    total_weight = sum(weights)
    sizes = [max(3, round(staff * w / total_weight)) for w in weights]
    counter = 1
    history_start = date(today.year - history_years, 1, 1)
    for dep_index, (unit, size) in enumerate(zip(units, sizes)):
        for number in range(size):
            role = "head" if number == 0 else ("deputy" if number == 1 and unit["kind"] == "admin" else "")
            emp = gen.employee(unit, dep_index, role)
            emp_index = len(academy.employees)
            academy.employees.append(emp)
            rng = gen.rng
            lapsed = rng.random() < 0.12  # some fall out of the cycle: the reason for the register
            stop = today - timedelta(days=rng.randint(1150, 1500)) if lapsed else today + timedelta(days=200)
            day = max(history_start, (emp.hired_on or history_start) - timedelta(days=300))
            day = gen.between(day, day + timedelta(days=300))
            while day < stop:
                academy.activities.append(gen.pd_activity(emp_index, emp, day, counter))
                counter += 1
                day += timedelta(days=rng.randint(150, 620))
            if emp.is_head and not lapsed:
                day = gen.between(today - timedelta(days=1100), today - timedelta(days=60))
                academy.activities.append(gen.pd_activity(emp_index, emp, day, counter, management=True))
                counter += 1
            if include_cpd and emp.healthcare:
                day = gen.between(history_start, history_start + timedelta(days=200))
                while day < today:
                    academy.activities.append(gen.cpd_activity(emp_index, day, counter))
                    counter += 1
                    day += timedelta(days=rng.randint(120, 400))
    # an activity is identified by employee, kind, title and start: keep the first of any repeat
    seen, unique = set(), []
    for activity in academy.activities:
        key = (activity.employee_id, activity.kind, activity.title, activity.starts_on)
        if key not in seen:
            seen.add(key)
            unique.append(activity)
    academy.activities = unique
    return academy


def _plans(session, academy: DemoAcademy, dep_ids: list[int], emp_ids: list[int],
           activity_ids: list[int], today: date, rng: random.Random, actor: str) -> None:
    """Last year's approved plan (with amendments) and next year's requests."""
    this_year, next_year = today.year, today.year + 1
    by_emp: dict[int, list[int]] = {}
    for index, activity in enumerate(academy.activities):
        by_emp.setdefault(activity.employee_id, []).append(index)

    # this year's plan: what was planned, approved last December
    plan = Plan(year=this_year, status="approved", approved_on=date(this_year - 1, 11, 28),
                approved_by="Ректор", notes="")
    session.add(plan)
    session.flush()
    requests: dict[int, int] = {}

    def request_id(year, dep_index, status, submitted_on):
        key = (year, dep_index)
        if key not in requests:
            requests[key] = session.execute(insert(PlanRequest).values(
                year=year, department_id=dep_ids[dep_index], status=status, submitted_on=submitted_on,
                submitted_by="", note="")).inserted_primary_key[0]
        return requests[key]

    items = []
    for emp_index, emp in enumerate(academy.employees):
        if emp.left_on:
            continue
        done = [i for i in by_emp.get(emp_index, [])
                if academy.activities[i].kind in PD_WEIGHTS and academy.activities[i].starts_on.year == this_year]
        if done and rng.random() < 0.8:
            activity = academy.activities[done[0]]
            items.append(dict(
                request_id=request_id(this_year, emp.department_id, "submitted", date(this_year - 1, 10, 28)),
                employee_id=emp_ids[emp_index], kind=activity.kind, title=activity.title,
                provider=activity.provider, country=activity.country,
                planned_start=None, planned_end=None, quarter=(activity.starts_on.month - 1) // 3 + 1,
                hours=activity.hours, cost=activity.paperwork.cost, funding=activity.paperwork.funding,
                with_leave=activity.kind == Kind.INTERNSHIP, in_plan=True,
                activity_id=activity_ids[done[0]]))
        elif rng.random() < 0.04:  # planned but not carried out
            items.append(dict(
                request_id=request_id(this_year, emp.department_id, "submitted", date(this_year - 1, 10, 30)),
                employee_id=emp_ids[emp_index], kind="course", title="Педагогическое мастерство",
                provider="НЦПК «Өрлеу»", country="Казахстан", planned_start=None, planned_end=None,
                quarter=rng.randint(1, 4), hours=72.0, cost=120000.0, funding="academy",
                with_leave=False, in_plan=True, activity_id=None))
    if items:
        session.execute(insert(PlanItem), items)
    _amendments(session, plan.id, this_year, academy, emp_ids, actor)

    # next year's requests: departments propose the staff whose checks fall due
    session.add(Plan(year=next_year, status="draft", approved_on=None, approved_by="", notes=""))
    topics = academy_data()["topics"]["common"]
    items = []
    for dep_index in range(len(academy.departments)):
        if rng.random() > 0.7:
            continue
        submitted = rng.random() < 0.65
        req = request_id(next_year, dep_index, "submitted" if submitted else "draft",
                         date(this_year, 10, rng.randint(20, 31)) if submitted else None)
        staff = [i for i, e in enumerate(academy.employees) if e.department_id == dep_index and not e.left_on]
        for emp_index in rng.sample(staff, min(len(staff), rng.randint(2, 6))):
            kind = rng.choice(("course", "course", "internship", "online_course"))
            provider = rng.choice(academy_data()["providers"])
            items.append(dict(
                request_id=req, employee_id=emp_ids[emp_index], kind=kind,
                title=rng.choice(topics), provider=provider["name"], country=provider["country"], planned_start=None, planned_end=None, quarter=rng.randint(1, 4),
                hours=float(rng.choice((36, 72, 72, 108))), cost=float(rng.randrange(80_000, 400_000, 10_000)),
                funding="academy", with_leave=kind == "internship", in_plan=True, activity_id=None))
    if items:
        session.execute(insert(PlanItem), items)


def _amendments(session, plan_id: int, year: int, academy: DemoAcademy, emp_ids: list[int],
                actor: str) -> None:
    """The year's amendments as the centre records them (planning.amend): a course moved to
    another quarter by its organiser, a programme replaced, an item dropped, an item added.
    Each says which item changed and how ("Name: field: before → after"); the item holds the
    value after the change, as in the register."""
    name_of = {emp_ids[i]: e.full_name for i, e in enumerate(academy.employees)}
    rows = session.execute(select(PlanItem).join(PlanRequest).where(PlanRequest.year == year)
                           .order_by(PlanItem.id)).scalars().all()
    carried = [r for r in rows if r.activity_id is not None]
    open_items = [r for r in rows if r.activity_id is None]

    made = []

    def record(item, on: date, action: str, reason: str, description: str) -> None:
        made.append(PlanAmendment(plan_id=plan_id, amended_on=on, action=action, item_id=item.id,
                                  reason=reason, description=description, recorded_by=actor))

    def before_start(item, days: int, earliest: date) -> date:
        start = session.get(ActivityRow, item.activity_id).starts_on
        return max(earliest, start - timedelta(days=days)) if start else earliest

    if carried:  # the organiser moved the course from the quarter it was planned in
        item = carried[0]
        before = item.quarter + 1 if item.quarter < 4 else item.quarter - 1
        record(item, before_start(item, 20, date(year, 1, 10)), "changed",
               "Перенос сроков курса организатором (письмо организатора)",
               f"{name_of[item.employee_id]}: quarter: {before} → {item.quarter}")
    if len(carried) > 1:  # another programme of the same organiser instead of the planned one
        item = carried[1]
        planned = "Педагогическое мастерство" if item.title != "Педагогическое мастерство" \
            else "Цифровые технологии в медицинском образовании"
        record(item, before_start(item, 25, date(year, 1, 12)), "changed",
               "Замена программы по служебной необходимости (служебная записка заведующего)",
               f"{name_of[item.employee_id]}: title: {planned} → {item.title}; "
               f"hours: {item.hours + 36:g} → {item.hours:g}")
    if not open_items and rows:  # every planned course took place: one more that did not
        first = rows[0]
        item = PlanItem(request_id=first.request_id, employee_id=first.employee_id, kind="course",
                        title="Педагогическое мастерство", provider="НЦПК «Өрлеу»",
                        country="Казахстан", quarter=3, hours=72.0, cost=120000.0,
                        funding="academy", with_leave=False, in_plan=True, activity_id=None)
        session.add(item)
        session.flush()
        open_items = [item]
    if open_items:  # the course was not run: the item leaves the plan
        item = open_items[0]
        item.in_plan = False
        record(item, date(year, 9, 10), "removed",
               "Курс не состоялся: организатор отменил набор группы",
               f"{name_of[item.employee_id]}: {item.title}")
    if len(carried) > 2:  # a course offered during the year, added by the rector's order
        item = carried[2]
        record(item, before_start(item, 30, date(year, 1, 15)), "added",
               "Приказ ректора о направлении на курсы по приглашению организатора",
               f"{name_of[item.employee_id]}: {item.title}")
    for amendment in sorted(made, key=lambda a: a.amended_on):  # recorded as they happened
        session.add(amendment)
        session.flush()


def _department_heads(session, academy: DemoAcademy, dep_ids: list[int],
                      emp_ids: list[int]) -> None:
    """Each unit's head recorded with the unit (the documents print the head from there): its
    employee appointed head, not the deputy of an office."""
    heads_position = academy_data()["positions"]
    for index, emp in enumerate(academy.employees):
        unit = academy.departments[emp.department_id]
        head_title = heads_position.get(f"{unit['kind']}_head", heads_position["department_head"])
        if emp.is_head and emp.position == head_title and not emp.left_on:
            session.execute(update(Department).where(Department.id == dep_ids[emp.department_id])
                            .where(Department.head_employee_id.is_(None))
                            .values(head_employee_id=emp_ids[index]))


def load_demo(ctx: Context, seed: int = 2026, staff: int = 450) -> DemoAcademy:
    """Fill an empty database with the demo academy. Refuses a database that holds staff."""
    today = ctx.today()
    academy = generate_academy(seed, today, staff)
    rng = random.Random(seed + 1)
    with ctx.transaction() as session:
        existing = session.execute(select(func.count(EmployeeRow.id))).scalar_one()
        if existing:
            raise DatabaseNotEmpty(count=existing)
        faculty_ids = {}
        for faculty in academy.faculties:
            faculty_ids[faculty["key"]] = session.execute(insert(Faculty).values(
                name=faculty["ru"], name_kk=faculty["kk"], name_ru=faculty["ru"])).inserted_primary_key[0]
        dep_ids = [
            session.execute(insert(Department).values(
                name=unit["ru"], name_kk=unit["kk"], name_ru=unit["ru"],
                faculty_id=faculty_ids[unit["faculty"]], unit_kind=unit["kind"])).inserted_primary_key[0]
            for unit in academy.departments
        ]
        emp_ids = []
        for emp in academy.employees:
            values = {k: getattr(emp, k) for k in ("iin", "full_name", "position", "category", "is_head",
                                                   "healthcare", "profile", "hired_on", "left_on", "email",
                                                   "phone")}
            values["department_id"] = dep_ids[emp.department_id]
            emp_ids.append(session.execute(insert(EmployeeRow).values(**values)).inserted_primary_key[0])
        _department_heads(session, academy, dep_ids, emp_ids)
        rows = []
        for activity in academy.activities:
            values = activity_values(activity)
            values["employee_id"] = emp_ids[activity.employee_id]
            values["notes"] = ""
            rows.append(values)
        activity_ids = []
        for start in range(0, len(rows), 2000):
            result = session.execute(insert(ActivityRow).returning(ActivityRow.id, sort_by_parameter_order=True),
                                     rows[start:start + 2000])
            activity_ids.extend(result.scalars().all())
        _plans(session, academy, dep_ids, emp_ids, activity_ids, today, rng, ctx.actor)
        write_settings(session, {"history_date": history_date_for_import(today),
                                 "rector_name": "Б.Қ. Сәрсенов",
                                 "rector_dative_kk": "Б.Қ. Сәрсеновке",
                                 "rector_dative_ru": "Сарсенову Б.К."})
        audit.record(session, ctx.actor, "demo", "database", None,
                     f"{len(academy.employees)} staff, {len(academy.activities)} activities")
    return academy
