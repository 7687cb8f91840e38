<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Checks</name>
    <message>
        <source>PD at least once in 3 years</source>
        <translation>ПК не реже одного раза в 3 года</translation>
    </message>
    <message>
        <source>72 hours in profile in 3 years</source>
        <translation>72 часа по профилю за 3 года</translation>
    </message>
    <message>
        <source>36 hours in profile in 3 years</source>
        <translation>36 часов по профилю за 3 года</translation>
    </message>
    <message>
        <source>Management PD once in 3 years</source>
        <translation>ПК в области менеджмента один раз в 3 года</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The file was rejected; nothing was changed. Problems:</source>
        <translation>Файл отклонён, изменения не внесены. Выявленные ошибки:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Предупреждения:</translation>
    </message>
    <message>
        <source>Checked, nothing was changed (dry run):</source>
        <translation>Проверено, изменения не внесены (пробный запуск):</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Импортировано:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Кафедры</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия ПК</translation>
    </message>
    <message>
        <source>Written {path}: {staff} staff, {activities} activities, compliance as of {date}.</source>
        <translation>Записан файл {path}: сотрудников — {staff}, мероприятий — {activities}, соответствие требованиям по состоянию на {date}.</translation>
    </message>
    <message>
        <source>Written {path}.</source>
        <translation>Записан файл {path}.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>соответствует</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Кафедра</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>{total} staff checked as of {date}; {overdue} overdue.</source>
        <translation>Проверено сотрудников по состоянию на {date}: {total}; из них с просрочкой: {overdue}.</translation>
    </message>
    <message>
        <source>Plan for {year}</source>
        <translation>План на {year} год</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Вид срока</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Дата исполнения</translation>
    </message>
    <message>
        <source>CPD credit units from {start} to {end}</source>
        <translation>Зачётные единицы НПР с {start} по {end}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Зачётные единицы</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило начисления</translation>
    </message>
    <message>
        <source>Total: {units:g} credit units.</source>
        <translation>Итого зачётных единиц: {units:g}.</translation>
    </message>
    <message>
        <source>The demo academy is ready: {staff} staff, {activities} activities.</source>
        <translation>Демонстрационная академия создана: сотрудников — {staff}, мероприятий — {activities}.</translation>
    </message>
    <message>
        <source>Unexpected error; nothing was changed. Details are in {path}</source>
        <translation>Непредвиденная ошибка; изменения не внесены. Подробности в файле {path}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Кафедра (подразделение)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Head or deputy</source>
        <translation>Руководитель / заместитель</translation>
    </message>
    <message>
        <source>Healthcare worker</source>
        <translation>Медицинский работник</translation>
    </message>
    <message>
        <source>Discipline profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Дата приёма</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата увольнения</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Faculty or division</source>
        <translation>Факультет / подразделение</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Повышение квалификации</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Provider or host</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <source>In profile</source>
        <translation>По профилю</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Менеджмент</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>№ сертификата</translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <source>Report submitted</source>
        <translation>Дата отчёта</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Дата сертификата</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>№ приказа</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата приказа</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Training contract No.</source>
        <translation>№ договора об обучении</translation>
    </message>
    <message>
        <source>Host supervisor</source>
        <translation>Руководитель стажировки</translation>
    </message>
    <message>
        <source>Supervisor review</source>
        <translation>Дата отзыва руководителя</translation>
    </message>
    <message>
        <source>Meeting protocol No.</source>
        <translation>№ протокола заседания</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Дата заседания</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Дата плана внедрения</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Количество дней</translation>
    </message>
    <message>
        <source>With a talk</source>
        <translation>С докладом</translation>
    </message>
    <message>
        <source>Journal quartile</source>
        <translation>Квартиль журнала</translation>
    </message>
    <message>
        <source>Author position</source>
        <translation>Место автора</translation>
    </message>
    <message>
        <source>Test items</source>
        <translation>Тестовые задания</translation>
    </message>
    <message>
        <source>Clinical cases</source>
        <translation>Клинические сценарии</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Соответствие требованиям</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Hours counted</source>
        <translation>Засчитано часов</translation>
    </message>
    <message>
        <source>Hours required</source>
        <translation>Требуется часов</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>По состоянию на</translation>
    </message>
</context>
<context>
    <name>Credits</name>
    <message>
        <source>{rate} per hour</source>
        <translation>{rate} за час</translation>
    </message>
    <message>
        <source>{rate} per credit</source>
        <translation>{rate} за кредит</translation>
    </message>
    <message>
        <source>{rate} per week</source>
        <translation>{rate} за неделю</translation>
    </message>
    <message>
        <source>{rate} each</source>
        <translation>{rate} за единицу</translation>
    </message>
    <message>
        <source>{rate} per day</source>
        <translation>{rate} за день</translation>
    </message>
    <message>
        <source>{rate} with a talk</source>
        <translation>{rate} с докладом</translation>
    </message>
    <message>
        <source>{rate} for a Q{quartile} journal</source>
        <translation>{rate} за журнал Q{quartile}</translation>
    </message>
    <message>
        <source>{rate} ({scope})</source>
        <translation>{rate} ({scope})</translation>
    </message>
    <message>
        <source>{rate} per year</source>
        <translation>{rate} за год</translation>
    </message>
    <message>
        <source>1 per {items} test items, 1 per {cases} clinical cases</source>
        <translation>1 за {items} тестовых заданий, 1 за {cases} клинических сценариев</translation>
    </message>
    <message>
        <source>no confirming document recorded</source>
        <translation>подтверждающий документ не зарегистрирован</translation>
    </message>
    <message>
        <source>not in the profile of the specialty</source>
        <translation>не по профилю специальности</translation>
    </message>
    <message>
        <source>author position does not qualify</source>
        <translation>место автора не учитывается</translation>
    </message>
    <message>
        <source>membership shorter than required</source>
        <translation>срок членства меньше требуемого</translation>
    </message>
    <message>
        <source>no credit units for this kind</source>
        <translation>за данный вид зачётные единицы не начисляются</translation>
    </message>
    <message>
        <source>hours, dates or other data missing</source>
        <translation>не указаны часы, даты или другие данные</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Certificate and report</source>
        <translation>Сертификат и отчёт</translation>
    </message>
    <message>
        <source>Yearly plan</source>
        <translation>Годовой план</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Выполнено с опозданием</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation could not be completed.</source>
        <translation>Не удалось выполнить операцию.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of SKMA Training (schema {revision}). It was not opened and nothing in it was changed. Please update the application.</source>
        <translation>База данных {path} записана более новой версией SKMA Training (схема {revision}). Она не была открыта, изменения в неё не вносились. Обновите приложение.</translation>
    </message>
    <message>
        <source>The database {path} is busy: another program is writing to it. Try again in a moment.</source>
        <translation>База данных {path} занята: в неё ведёт запись другая программа. Повторите попытку через некоторое время.</translation>
    </message>
    <message>
        <source>The file {path} is not an SKMA Training database or is damaged: {reason}</source>
        <translation>Файл {path} не является базой данных SKMA Training или повреждён: {reason}</translation>
    </message>
    <message>
        <source>The database {path} could not be upgraded; it was left as it was. A copy was saved as {backup}. Reason: {reason}</source>
        <translation>Не удалось обновить базу данных {path}; она оставлена без изменений. Копия сохранена как {backup}. Причина: {reason}</translation>
    </message>
    <message>
        <source>There is no space left on the disk to write {path}. Free some space and try again.</source>
        <translation>На диске недостаточно места для записи {path}. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>{what} was not found.</source>
        <translation>Не найдено: {what}.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать файл {path}: {reason}</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <source>it is not an Excel or OpenDocument workbook (.xlsx, .xls, .ods)</source>
        <translation>это не книга Excel или OpenDocument (.xlsx, .xls, .ods)</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB</source>
        <translation>размер файла превышает {limit} МБ</translation>
    </message>
    <message>
        <source>it unpacks to far more data than a staff workbook holds (a damaged or hostile file)</source>
        <translation>при распаковке он содержит намного больше данных, чем книга со списком сотрудников (файл повреждён или вредоносен)</translation>
    </message>
    <message>
        <source>the sheet «{sheet}» has more than {limit} rows</source>
        <translation>на листе «{sheet}» более {limit} строк</translation>
    </message>
    <message>
        <source>the workbook is damaged or encrypted ({detail})</source>
        <translation>книга повреждена или зашифрована ({detail})</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Не удалось записать файл {path}: {reason}</translation>
    </message>
    <message>
        <source>The database already holds {count} employees; the demo academy fills only an empty one.</source>
        <translation>В базе данных уже есть сотрудники (количество: {count}); демонстрационная академия создаётся только в пустой базе данных.</translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation>Не сохранено: {problems}</translation>
    </message>
    <message>
        <source>Another employee already has the IIN {iin}.</source>
        <translation>ИИН {iin} уже указан у другого сотрудника.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: изменения не внесены.</translation>
    </message>
    <message>
        <source>The plan for {year} is approved; record the change as an amendment with its reason.</source>
        <translation>План на {year} год утверждён; оформите изменение как корректировку с указанием причины.</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>Для корректировки необходимо указать причину.</translation>
    </message>
    <message>
        <source>The plan for {year} is not approved yet: edit it directly.</source>
        <translation>План на {year} год ещё не утверждён: внесите изменения непосредственно в план.</translation>
    </message>
    <message>
        <source>No employee with IIN {iin}</source>
        <translation>Сотрудник с ИИН {iin} не найден</translation>
    </message>
    <message>
        <source>No department called «{name}»</source>
        <translation>Кафедра «{name}» не найдена</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>a value is required</source>
        <translation>необходимо указать значение</translation>
    </message>
    <message>
        <source>the column «{column}» was not found</source>
        <translation>столбец «{column}» не найден</translation>
    </message>
    <message>
        <source>no sheet with staff or activities was recognised (no header row with IIN and names)</source>
        <translation>не распознан лист с сотрудниками или мероприятиями ПК (нет строки заголовков с ИИН и ФИО)</translation>
    </message>
    <message>
        <source>column not recognised; it was ignored</source>
        <translation>столбец не распознан и не учитывается</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>дата окончания раньше даты начала</translation>
    </message>
    <message>
        <source>an end date is required for this kind</source>
        <translation>для данного вида необходимо указать дату окончания</translation>
    </message>
    <message>
        <source>hours or credits are required for PD</source>
        <translation>для ПК необходимо указать часы или кредиты</translation>
    </message>
    <message>
        <source>the quartile is 1, 2, 3 or 4</source>
        <translation>квартиль может быть 1, 2, 3 или 4</translation>
    </message>
    <message>
        <source>the author position starts at 1</source>
        <translation>место автора начинается с 1</translation>
    </message>
    <message>
        <source>more than {limit} hours is not plausible for one activity</source>
        <translation>объём более {limit} ч для одного мероприятия недостоверен</translation>
    </message>
    <message>
        <source>the same IIN is on row {first} with different data</source>
        <translation>этот же ИИН указан в строке {first} с другими данными</translation>
    </message>
    <message>
        <source>the same activity (IIN, kind, title, start) is on row {first} with different data</source>
        <translation>это же мероприятие (ИИН, вид, тема, начало) указано в строке {first} с другими данными</translation>
    </message>
    <message>
        <source>the leaving date is before the hire date</source>
        <translation>дата увольнения раньше даты приёма</translation>
    </message>
    <message>
        <source>not a date (expected dd.mm.yyyy or yyyy-mm-dd)</source>
        <translation>не является датой (ожидается дд.мм.гггг или гггг-мм-дд)</translation>
    </message>
    <message>
        <source>the year {year} is not plausible</source>
        <translation>год {year} недостоверен</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>не является числом</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <source>not yes or no</source>
        <translation>ожидается «да» или «нет»</translation>
    </message>
    <message>
        <source>an IIN has 12 digits</source>
        <translation>ИИН состоит из 12 цифр</translation>
    </message>
    <message>
        <source>the IIN&apos;s check digit is wrong</source>
        <translation>неверная контрольная цифра ИИН</translation>
    </message>
    <message>
        <source>the IIN was stored as a number and lost its leading zeros; restored as {iin}</source>
        <translation>ИИН был сохранён как число и утратил начальные нули; восстановлен как {iin}</translation>
    </message>
    <message>
        <source>not a known {what}; use one of: {choices}</source>
        <translation>неизвестное значение ({what}); допустимые значения: {choices}</translation>
    </message>
    <message>
        <source>staff category</source>
        <translation>категория персонала</translation>
    </message>
    <message>
        <source>kind of activity</source>
        <translation>вид мероприятия</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>funding source</source>
        <translation>источник финансирования</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>a category is required for a new employee</source>
        <translation>для нового сотрудника необходимо указать категорию</translation>
    </message>
    <message>
        <source>no employee with this IIN in the file&apos;s staff sheet or in the register</source>
        <translation>сотрудник с этим ИИН отсутствует и на листе сотрудников файла, и в реестре</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Academy name (Kazakh)</source>
        <translation>Наименование академии (на казахском языке)</translation>
    </message>
    <message>
        <source>Academy name (Russian)</source>
        <translation>Наименование академии (на русском языке)</translation>
    </message>
    <message>
        <source>Academy name (English)</source>
        <translation>Наименование академии (на английском языке)</translation>
    </message>
    <message>
        <source>Counting faculty hours</source>
        <translation>Порядок учёта часов ППС</translation>
    </message>
    <message>
        <source>Deadline days</source>
        <translation>Дни при исчислении сроков</translation>
    </message>
    <message>
        <source>Conference talk credit units</source>
        <translation>Зачётные единицы за доклад на конференции</translation>
    </message>
    <message>
        <source>Internship weeks</source>
        <translation>Подсчёт недель стажировки</translation>
    </message>
    <message>
        <source>Department requests due (month-day)</source>
        <translation>Срок подачи заявок кафедр (месяц-день)</translation>
    </message>
    <message>
        <source>Deadlines tracked from</source>
        <translation>Дата начала контроля сроков</translation>
    </message>
    <message>
        <source>Rector&apos;s title (Kazakh)</source>
        <translation>Должность ректора (на казахском языке)</translation>
    </message>
    <message>
        <source>Rector&apos;s title (Russian)</source>
        <translation>Должность ректора (на русском языке)</translation>
    </message>
    <message>
        <source>Rector (initials and surname)</source>
        <translation>Ректор (инициалы и фамилия)</translation>
    </message>
    <message>
        <source>Head of the Competence Centre</source>
        <translation>Руководитель Центра компетенций</translation>
    </message>
    <message>
        <source>Head of HR</source>
        <translation>Начальник отдела кадров</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
    <message>
        <source>12 digits with a valid check digit</source>
        <translation>12 цифр с верной контрольной цифрой</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>Выберите категорию</translation>
    </message>
    <message>
        <source>Choose a kind</source>
        <translation>Выберите вид</translation>
    </message>
    <message>
        <source>Before the hire date</source>
        <translation>Раньше даты приёма</translation>
    </message>
    <message>
        <source>Before the start date</source>
        <translation>Раньше даты начала</translation>
    </message>
    <message>
        <source>Must not be negative</source>
        <translation>Не может быть отрицательным</translation>
    </message>
    <message>
        <source>More hours than one activity can have</source>
        <translation>Больше часов, чем возможно для одного мероприятия</translation>
    </message>
    <message>
        <source>Hours or credits are needed for PD</source>
        <translation>Для ПК необходимо указать часы или кредиты</translation>
    </message>
    <message>
        <source>Q1 to Q4</source>
        <translation>От Q1 до Q4</translation>
    </message>
    <message>
        <source>1 for the first or sole author</source>
        <translation>1 — для первого или единственного автора</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>University faculty</source>
        <translation>ППС вуза</translation>
    </message>
    <message>
        <source>College faculty</source>
        <translation>ППС колледжа</translation>
    </message>
    <message>
        <source>Administrative staff</source>
        <translation>АУП</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Научный сотрудник</translation>
    </message>
    <message>
        <source>PD course</source>
        <translation>Курсы ПК</translation>
    </message>
    <message>
        <source>Master class</source>
        <translation>Мастер-класс</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Online course</source>
        <translation>Онлайн-курс</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Вебинар</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Стажировка</translation>
    </message>
    <message>
        <source>Congress or conference</source>
        <translation>Конгресс / конференция</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <source>Monograph</source>
        <translation>Монография</translation>
    </message>
    <message>
        <source>Guideline or methodological recommendations</source>
        <translation>Руководство / методические рекомендации</translation>
    </message>
    <message>
        <source>Textbook</source>
        <translation>Учебник</translation>
    </message>
    <message>
        <source>Article, recommended journal</source>
        <translation>Статья в рекомендованном журнале</translation>
    </message>
    <message>
        <source>Article, other journal</source>
        <translation>Статья в другом журнале</translation>
    </message>
    <message>
        <source>Article, Scopus / Web of Science</source>
        <translation>Статья в журнале Scopus / Web of Science</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Патент</translation>
    </message>
    <message>
        <source>Intellectual-property certificate</source>
        <translation>Свидетельство об интеллектуальной собственности</translation>
    </message>
    <message>
        <source>Mentoring students</source>
        <translation>Наставничество студентов</translation>
    </message>
    <message>
        <source>Mentoring young specialists</source>
        <translation>Наставничество молодых специалистов</translation>
    </message>
    <message>
        <source>Innovative method implemented</source>
        <translation>Внедрение инновационного метода</translation>
    </message>
    <message>
        <source>Professional association membership</source>
        <translation>Членство в профессиональной ассоциации</translation>
    </message>
    <message>
        <source>Expert body membership</source>
        <translation>Членство в экспертном совете</translation>
    </message>
    <message>
        <source>Expert or trainer activity</source>
        <translation>Экспертная / тренерская деятельность</translation>
    </message>
    <message>
        <source>Regulatory document drafted</source>
        <translation>Разработка нормативного документа</translation>
    </message>
    <message>
        <source>Exam material review</source>
        <translation>Экспертиза экзаменационных материалов</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Региональный</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Республиканский</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Международный</translation>
    </message>
    <message>
        <source>Academy budget</source>
        <translation>Бюджет академии</translation>
    </message>
    <message>
        <source>State order</source>
        <translation>Государственный заказ</translation>
    </message>
    <message>
        <source>Grant or project</source>
        <translation>Грант / проект</translation>
    </message>
    <message>
        <source>Own expense</source>
        <translation>За счёт собственных средств</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Принимающая организация</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Бесплатно</translation>
    </message>
</context>
</TS>
