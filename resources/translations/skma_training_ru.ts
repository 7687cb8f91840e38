<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Search by employee, title, provider, certificate…</source>
        <translation>Поиск по сотруднику, теме, организатору, сертификату…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все кафедры</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Любой год</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Print applications…</source>
        <translation>Печать заявлений…</translation>
    </message>
    <message>
        <source>The application to the rector for each selected activity, in one PDF</source>
        <translation>Заявление на имя ректора по каждому выбранному мероприятию, в одном PDF</translation>
    </message>
    <message>
        <source>Print listener&apos;s reports…</source>
        <translation>Печать отчётов слушателя…</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>CPD</source>
        <translation>НПР</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Сотрудник:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>from the country</source>
        <translation>определить по стране</translation>
    </message>
    <message>
        <source>in the profile of the disciplines taught</source>
        <translation>по профилю преподаваемых дисциплин</translation>
    </message>
    <message>
        <source>in the field of management</source>
        <translation>в области менеджмента</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Provider or host:</source>
        <translation>Организатор:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Уровень:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Часы:</translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation>Кредиты:</translation>
    </message>
    <message>
        <source>For the CPD credit units</source>
        <translation>Для зачётных единиц НПР</translation>
    </message>
    <message>
        <source>with a talk</source>
        <translation>с докладом</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Количество дней:</translation>
    </message>
    <message>
        <source>Journal quartile (1-4):</source>
        <translation>Квартиль журнала (1-4):</translation>
    </message>
    <message>
        <source>Author position:</source>
        <translation>Место автора:</translation>
    </message>
    <message>
        <source>Test items reviewed:</source>
        <translation>Проверено тестовых заданий:</translation>
    </message>
    <message>
        <source>Clinical cases reviewed:</source>
        <translation>Проверено клинических сценариев:</translation>
    </message>
    <message>
        <source>Paperwork</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Application to the rector</source>
        <translation>Заявление на имя ректора</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <source>Certificate or confirming document</source>
        <translation>Сертификат или подтверждающий документ</translation>
    </message>
    <message>
        <source>Listener&apos;s report and certificate copy</source>
        <translation>Отчёт слушателя и копия сертификата</translation>
    </message>
    <message>
        <source>Attach the scan…</source>
        <translation>Прикрепить скан…</translation>
    </message>
    <message>
        <source>Host supervisor</source>
        <translation>Руководитель стажировки</translation>
    </message>
    <message>
        <source>Supervisor&apos;s review (sealed)</source>
        <translation>Отзыв руководителя (с печатью)</translation>
    </message>
    <message>
        <source>Department meeting (protocol)</source>
        <translation>Заседание кафедры (протокол)</translation>
    </message>
    <message>
        <source>Implementation plan approved</source>
        <translation>План внедрения утверждён</translation>
    </message>
    <message>
        <source>Cost, tenge:</source>
        <translation>Стоимость, тенге:</translation>
    </message>
    <message>
        <source>Funding:</source>
        <translation>Финансирование:</translation>
    </message>
    <message>
        <source>Training contract No.:</source>
        <translation>№ договора об обучении:</translation>
    </message>
    <message>
        <source>Choose an employee</source>
        <translation>Выберите сотрудника</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тема</translation>
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
        <source>Journal quartile</source>
        <translation>Квартиль журнала</translation>
    </message>
    <message>
        <source>Author position</source>
        <translation>Место автора</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Количество дней</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>The scan of the certificate</source>
        <translation>Скан сертификата</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Сканы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <source>{name} (copied when saved)</source>
        <translation>{name} (будет скопирован при сохранении)</translation>
    </message>
    <message>
        <source>no scan attached</source>
        <translation>скан не прикреплён</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
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
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
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
        <source>Department</source>
        <translation>Кафедра</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Record an amendment</source>
        <translation>Внести изменение</translation>
    </message>
    <message>
        <source>Add a planned PD</source>
        <translation>Добавить запланированное ПК</translation>
    </message>
    <message>
        <source>Remove an item</source>
        <translation>Исключить пункт</translation>
    </message>
    <message>
        <source>Change an item</source>
        <translation>Изменить пункт</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Изменение:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Пункт:</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Сотрудник:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Why the plan changes (required)</source>
        <translation>Причина изменения плана (обязательно)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the plan for {year}</source>
        <translation>Утверждение плана на {year} год</translation>
    </message>
    <message>
        <source>e.g. Chairman of the Board – Rector</source>
        <translation>например, Председатель Правления – Ректор</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>Дата утверждения:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Кем утверждён:</translation>
    </message>
    <message>
        <source>After approval, every change is recorded as an amendment with its date and reason.</source>
        <translation>После утверждения каждое изменение плана регистрируется с указанием даты и причины.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>How the columns were read (choose a meaning for the ones not recognised, then check again):</source>
        <translation>Как распознаны столбцы (для нераспознанных выберите значение и проверьте ещё раз):</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Заголовок в файле</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Распознан как</translation>
    </message>
    <message>
        <source>Save the problems as .xlsx…</source>
        <translation>Сохранить замечания в .xlsx…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение файла {name}…</translation>
    </message>
    <message>
        <source>{n} problems must be fixed in the file before it can be imported; nothing will be changed until then.</source>
        <translation>Ошибок, которые нужно исправить в файле перед импортом: {n}. До этого никакие изменения не вносятся.</translation>
    </message>
    <message>
        <source>The file can be imported. </source>
        <translation>Файл можно импортировать. </translation>
    </message>
    <message>
        <source>{n} warnings below.</source>
        <translation>Предупреждений ниже: {n}.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортируется —</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Сохранить замечания</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
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
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
</context>
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
    <name>CountLabel</name>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} из {total}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Произошла непредвиденная ошибка</translation>
    </message>
    <message>
        <source>SKMA Training met an error it did not expect. Your data is safe: every change is saved in its own transaction, and the one that failed was not saved.

Please send the text below to the person who supports the application.</source>
        <translation>В SKMA Training произошла непредвиденная ошибка. Ваши данные в безопасности: каждое изменение сохраняется в отдельной транзакции, а то, при котором произошёл сбой, не было сохранено.

Пожалуйста, отправьте текст ниже специалисту, который сопровождает программу.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Открыть папку журналов</translation>
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
    <name>DeadlineModel</name>
    <message>
        <source>Plan for {year}</source>
        <translation>План на {year} год</translation>
    </message>
    <message>
        <source>{n} d overdue</source>
        <translation>{n} дн. просрочено</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>in {n} d</source>
        <translation>через {n} дн.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Вид срока</translation>
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
        <source>Department</source>
        <translation>Кафедра</translation>
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
    <name>DeadlinesPage</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Ближайшие 30 дней</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Search by employee or activity…</source>
        <translation>Поиск по сотруднику или мероприятию…</translation>
    </message>
    <message>
        <source>All deadlines</source>
        <translation>Все сроки</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все кафедры</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
</context>
<context>
    <name>EmployeeCard</name>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Кафедра</translation>
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
        <source>Also</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Дата приёма</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Edit employee…</source>
        <translation>Изменить данные сотрудника…</translation>
    </message>
    <message>
        <source>CPD form…</source>
        <translation>Форма НПР…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
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
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>CPD credit units (healthcare, last 5 years)</source>
        <translation>Зачётные единицы НПР (медработники, последние 5 лет)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Зач. ед.</translation>
    </message>
    <message>
        <source>Choose an employee in the list.</source>
        <translation>Выберите сотрудника в списке.</translation>
    </message>
    <message>
        <source>Not checked on {date}: not employed then.</source>
        <translation>На {date} не проверяется: в это время не работал(а).</translation>
    </message>
    <message>
        <source>Overdue since {date}.</source>
        <translation>Просрочено с {date}.</translation>
    </message>
    <message>
        <source>Overdue: no PD on record and no hire date to count from.</source>
        <translation>Просрочено: нет сведений о ПК и не указана дата приёма, от которой вести отсчёт.</translation>
    </message>
    <message>
        <source>Compliant until {date}.</source>
        <translation>Соответствует требованиям до {date}.</translation>
    </message>
    <message>
        <source>head or deputy</source>
        <translation>руководитель или заместитель</translation>
    </message>
    <message>
        <source>healthcare worker</source>
        <translation>медицинский работник</translation>
    </message>
    <message>
        <source>left {date}</source>
        <translation>уволен(а) {date}</translation>
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
        <source>{rule}: the window from {start} to {end}. Each bar runs from the day an activity ended to the last day it counts.</source>
        <translation>{rule}: период с {start} по {end}. Каждая полоса показывает срок от окончания мероприятия до последнего дня, когда оно засчитывается.</translation>
    </message>
    <message>
        <source>{units} credit units from {start} to {end}</source>
        <translation>Зачётных единиц с {start} по {end}: {units}</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>head of a unit or deputy (management PD every 3 years)</source>
        <translation>руководитель подразделения или заместитель (ПК в области менеджмента раз в 3 года)</translation>
    </message>
    <message>
        <source>healthcare worker (CPD credit units)</source>
        <translation>медицинский работник (зачётные единицы НПР)</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Кафедра:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Discipline profile:</source>
        <translation>Профиль дисциплин:</translation>
    </message>
    <message>
        <source>Hired on:</source>
        <translation>Дата приёма:</translation>
    </message>
    <message>
        <source>Left on:</source>
        <translation>Дата увольнения:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
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
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата увольнения</translation>
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
    <message>
        <source>The document template {path} is damaged: {reason}</source>
        <translation>Шаблон документа {path} повреждён: {reason}</translation>
    </message>
    <message>
        <source>SKMA Training</source>
        <translation>SKMA Training</translation>
    </message>
    <message>
        <source>There is no document called «{name}».</source>
        <translation>Документ «{name}» не существует.</translation>
    </message>
    <message>
        <source>{path}: this document is saved as {suffixes}.</source>
        <translation>{path}: этот документ сохраняется только в формате {suffixes}.</translation>
    </message>
    <message>
        <source>Documents are printed in Kazakh (kk) or Russian (ru), not «{lang}».</source>
        <translation>Документы печатаются на казахском (kk) или русском (ru) языке; язык «{lang}» не поддерживается.</translation>
    </message>
    <message>
        <source>Choose the department whose summary to print.</source>
        <translation>Выберите кафедру, сводку по которой нужно напечатать.</translation>
    </message>
    <message>
        <source>Choose the employee (IIN) or the activity to print this document for.</source>
        <translation>Выберите сотрудника (ИИН) или мероприятие, для которого печатается этот документ.</translation>
    </message>
    <message>
        <source>No activity with number {id}.</source>
        <translation>Мероприятие с номером {id} не найдено.</translation>
    </message>
    <message>
        <source>{name} (IIN {iin}) has no PD activity recorded.</source>
        <translation>У сотрудника {name} (ИИН {iin}) нет зарегистрированных мероприятий ПК.</translation>
    </message>
    <message>
        <source>{name} (IIN {iin}) has no internship recorded.</source>
        <translation>У сотрудника {name} (ИИН {iin}) нет зарегистрированных стажировок.</translation>
    </message>
    <message>
        <source>Activity {id} is not a PD course or internship: «{title}».</source>
        <translation>Мероприятие {id} не является курсом ПК или стажировкой: «{title}».</translation>
    </message>
    <message>
        <source>Activity {id} is not an internship: «{title}».</source>
        <translation>Мероприятие {id} не является стажировкой: «{title}».</translation>
    </message>
    <message>
        <source>This register is on a database server; back it up with the server&apos;s own tools.</source>
        <translation>Реестр хранится на сервере баз данных; сделайте резервную копию средствами самого сервера.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>The register: staff, activities and compliance on a date</source>
        <translation>Реестр: сотрудники, мероприятия и соответствие требованиям на дату</translation>
    </message>
    <message>
        <source>An empty template to fill in and import</source>
        <translation>Пустой шаблон для заполнения и импорта</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>По состоянию на:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспорт в файл</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись файла {name}…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the workbook</source>
        <translation>Выберите файл книги</translation>
    </message>
    <message>
        <source>An .xlsx, .xls or .ods file with a sheet of staff and/or a sheet of activities. Headers may be in Kazakh, Russian or English, under a title row.</source>
        <translation>Файл .xlsx, .xls или .ods с листом сотрудников и/или листом мероприятий. Заголовки — на казахском, русском или английском языке; над ними может быть строка с названием.</translation>
    </message>
    <message>
        <source>Path to the file</source>
        <translation>Путь к файлу</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Workbooks ({patterns})</source>
        <translation>Электронные таблицы ({patterns})</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>Welcome to SKMA Training</source>
        <translation>Добро пожаловать в SKMA Training</translation>
    </message>
    <message>
        <source>The register is empty. How would you like to begin?</source>
        <translation>Реестр пуст. С чего начать?</translation>
    </message>
    <message>
        <source>Import an Excel file…</source>
        <translation>Импортировать файл Excel…</translation>
    </message>
    <message>
        <source>A staff list with or without PD activities (.xlsx, .xls, .ods), as HR keeps it</source>
        <translation>Список сотрудников с мероприятиями ПК или без них (.xlsx, .xls, .ods) в том виде, в каком его ведёт отдел кадров</translation>
    </message>
    <message>
        <source>Open the demo academy</source>
        <translation>Открыть демонстрационную академию</translation>
    </message>
    <message>
        <source>A realistic academy in a temporary database: try everything, nobody&apos;s data is touched</source>
        <translation>Правдоподобная академия во временной базе данных: пробуйте всё, ничьи реальные данные не затрагиваются</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Начать с пустого реестра</translation>
    </message>
    <message>
        <source>Add the first employee by hand</source>
        <translation>Добавить первого сотрудника вручную</translation>
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
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Импорт файла {name}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отменяется…</translation>
    </message>
    <message>
        <source>Imported. </source>
        <translation>Импортировано. </translation>
    </message>
    <message>
        <source>The file was rejected; nothing was changed.</source>
        <translation>Файл отклонён, изменения не внесены.</translation>
    </message>
    <message>
        <source>The import stopped; nothing was changed.</source>
        <translation>Импорт прерван, изменения не внесены.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Staff: {sa} new, {su} changed, {sn} unchanged. Activities: {aa} new, {au} changed, {an} unchanged. New departments: {d}.</source>
        <translation>Сотрудники: новых — {sa}, изменённых — {su}, без изменений — {sn}. Мероприятия: новых — {aa}, изменённых — {au}, без изменений — {an}. Новых кафедр: {d}.</translation>
    </message>
    <message>
        <source>Import a workbook</source>
        <translation>Импорт из файла</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <source>The import is being cancelled; nothing will be changed.</source>
        <translation>Импорт отменяется, изменения не будут внесены.</translation>
    </message>
</context>
<context>
    <name>InternshipModel</name>
    <message>
        <source>confirming document</source>
        <translation>подтверждающий документ</translation>
    </message>
    <message>
        <source>supervisor&apos;s review</source>
        <translation>отзыв руководителя</translation>
    </message>
    <message>
        <source>report</source>
        <translation>отчёт</translation>
    </message>
    <message>
        <source>department meeting</source>
        <translation>заседание кафедры</translation>
    </message>
    <message>
        <source>implementation plan</source>
        <translation>план внедрения</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Принимающая организация</translation>
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
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Department meeting</source>
        <translation>Заседание кафедры</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>План внедрения</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Не представлено</translation>
    </message>
</context>
<context>
    <name>InternshipsPage</name>
    <message>
        <source>Search by employee, host, country…</source>
        <translation>Поиск по сотруднику, организации, стране…</translation>
    </message>
    <message>
        <source>Only with missing documents</source>
        <translation>Только с недостающими документами</translation>
    </message>
    <message>
        <source>Only abroad</source>
        <translation>Только зарубежные</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Print internship report…</source>
        <translation>Печать отчёта о стажировке…</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Building the demo academy…</source>
        <translation>Создание демонстрационной академии…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO: nobody&apos;s data</source>
        <translation>ДЕМО: вымышленные данные</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Next year&apos;s plan</source>
        <translation>План на следующий год</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Стажировки</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>По состоянию на:</translation>
    </message>
    <message>
        <source>Every list, count and check is computed as of this date</source>
        <translation>Все списки, подсчёты и проверки выполняются по состоянию на эту дату</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Back up the database…</source>
        <translation>Резервная копия базы данных…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Open the demo academy</source>
        <translation>Открыть демонстрационную академию</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Реестр</translation>
    </message>
    <message>
        <source>New employee…</source>
        <translation>Новый сотрудник…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Открыть папку журналов</translation>
    </message>
    <message>
        <source>{staff} staff, {activities} activities; {overdue} overdue on {date}</source>
        <translation>Сотрудников: {staff}, мероприятий: {activities}; просрочено на {date}: {overdue}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete {n} selected activities with their paperwork? This cannot be undone.</source>
        <translation>Удалить выбранные мероприятия (количество: {n}) вместе с их документами? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Written {path}</source>
        <translation>Записан файл {path}</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>Сохранить резервную копию в</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>The database was copied to {path}</source>
        <translation>База данных скопирована в {path}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Professional development register of South Kazakhstan Medical Academy.&lt;br&gt;Database: {db}</source>
        <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Реестр повышения квалификации Южно-Казахстанской медицинской академии.&lt;br&gt;База данных: {db}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>The academy on {date}: {staff} staff checked</source>
        <translation>Академия на {date}: проверено сотрудников — {staff}</translation>
    </message>
    <message>
        <source>staff overdue</source>
        <translation>сотрудники с просрочкой</translation>
    </message>
    <message>
        <source>staff falling due by the end of {year}</source>
        <translation>сотрудники со сроком до конца {year} года</translation>
    </message>
    <message>
        <source>applications and reports overdue</source>
        <translation>просроченные заявления и отчёты</translation>
    </message>
    <message>
        <source>applications and reports due this week</source>
        <translation>заявления и отчёты со сроком на этой неделе</translation>
    </message>
    <message>
        <source>plan for {year} approved on {date}</source>
        <translation>план на {year} год утверждён {date}</translation>
    </message>
    <message>
        <source>days left to approve the plan for {year} (due {date})</source>
        <translation>дн. до утверждения плана на {year} год (срок — {date})</translation>
    </message>
    <message>
        <source>days since the plan for {year} was due</source>
        <translation>дн. прошло после срока утверждения плана на {year} год</translation>
    </message>
    <message>
        <source>Compliance by department: the {n} with the largest share overdue (of {total}); click one to see its staff</source>
        <translation>Соответствие требованиям по кафедрам: {n} из {total} с наибольшей долей просрочки; щёлкните по кафедре, чтобы увидеть её сотрудников</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due by the end of next year</source>
        <translation>Срок до конца следующего года</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Соответствует</translation>
    </message>
    <message>
        <source>PD hours completed by month, last 24 months</source>
        <translation>Часы ПК по месяцам за последние 24 месяца</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Activities by kind, last 3 years</source>
        <translation>Мероприятия по видам за последние 3 года</translation>
    </message>
    <message>
        <source>Other: {n}</source>
        <translation>Прочие: {n}</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <source>Planned PD</source>
        <translation>Запланированное ПК</translation>
    </message>
    <message>
        <source>Add to the request</source>
        <translation>Добавить в заявку</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Сотрудник:</translation>
    </message>
</context>
<context>
    <name>PlanItemFields</name>
    <message>
        <source>not set</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>with leave from work</source>
        <translation>с отрывом от работы</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Организатор:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Квартал:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Часы:</translation>
    </message>
    <message>
        <source>Cost (tenge):</source>
        <translation>Стоимость (тенге):</translation>
    </message>
    <message>
        <source>Funding:</source>
        <translation>Финансирование:</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Q{n}</source>
        <translation>{n} кв.</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Не включено</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Кафедра</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В процессе</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Removed from the plan</source>
        <translation>Исключено из плана</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Actual activity</source>
        <translation>Фактическое мероприятие</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Actual hours</source>
        <translation>Часы (факт)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan year:</source>
        <translation>Год плана:</translation>
    </message>
    <message>
        <source>Print the plan…</source>
        <translation>Печать плана…</translation>
    </message>
    <message>
        <source>Department requests</source>
        <translation>Заявки кафедр</translation>
    </message>
    <message>
        <source>Consolidated plan</source>
        <translation>Сводный план</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Plan versus actual</source>
        <translation>План и факт</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Кафедра:</translation>
    </message>
    <message>
        <source>Propose staff…</source>
        <translation>Предложить сотрудников…</translation>
    </message>
    <message>
        <source>Everyone in the department whose checks fall due before the end of the plan year</source>
        <translation>Все сотрудники кафедры, у которых сроки по требованиям наступают до конца года плана</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Исключить</translation>
    </message>
    <message>
        <source>Submit the request</source>
        <translation>Подать заявку</translation>
    </message>
    <message>
        <source>Consolidate the submitted requests</source>
        <translation>Свести поданные заявки</translation>
    </message>
    <message>
        <source>Items of submitted requests go into the plan; items of requests still in draft are left out</source>
        <translation>Пункты поданных заявок включаются в план; пункты заявок, оставшихся черновиками, не включаются</translation>
    </message>
    <message>
        <source>Approve the plan…</source>
        <translation>Утвердить план…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Пункт плана</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кем внесено</translation>
    </message>
    <message>
        <source>Record an amendment…</source>
        <translation>Внести изменение…</translation>
    </message>
    <message>
        <source>Approved on {date} ({by}). Changes are recorded as amendments.</source>
        <translation>Утверждён {date} ({by}). Изменения регистрируются на вкладке «Изменения».</translation>
    </message>
    <message>
        <source>Draft. Department requests due {requests}; the plan is due {due} ({days}).</source>
        <translation>Проект. Срок подачи заявок кафедр — {requests}; срок утверждения плана — {due} ({days}).</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>осталось дней: {n}</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>просрочено дней: {n}</translation>
    </message>
    <message>
        <source>In the plan: {items} items for {people} people in {departments} departments; {hours} hours; {cost} tenge. Requests submitted: {submitted} of {requests}.</source>
        <translation>В плане: пунктов — {items}, сотрудников — {people}, кафедр — {departments}; часов — {hours}; стоимость — {cost} тенге. Подано заявок: {submitted} из {requests}.</translation>
    </message>
    <message>
        <source>Submitted on {date}; {n} items.</source>
        <translation>Подана {date}; пунктов: {n}.</translation>
    </message>
    <message>
        <source>Draft; {n} items. Submit it when complete.</source>
        <translation>Черновик; пунктов: {n}. Подайте заявку, когда она будет готова.</translation>
    </message>
    <message>
        <source>No request yet.</source>
        <translation>Заявки пока нет.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>исключено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>{done} of {planned} planned items done ({share}) as of {date}.</source>
        <translation>По состоянию на {date} выполнено {done} из {planned} запланированных пунктов ({share}).</translation>
    </message>
    <message>
        <source>Nobody in this department falls due before the end of {year}.</source>
        <translation>На этой кафедре ни у кого не наступает срок до конца {year} года.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print: {title}</source>
        <translation>Печать: {title}</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>По состоянию на:</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все кафедры</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Кафедра:</translation>
    </message>
    <message>
        <source>{n} documents in one PDF.</source>
        <translation>Документов в одном PDF: {n}.</translation>
    </message>
    <message>
        <source>Make the document</source>
        <translation>Сформировать документ</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
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
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Who should be in the plan for {year}</source>
        <translation>Кого включить в план на {year} год</translation>
    </message>
    <message>
        <source>Everyone whose checks fall due before 31.12.{year}, soonest first. Those already in the request are not ticked. Each ticked person gets a PD course of the hours still missing (at least 72 for university faculty, 36 for college faculty), to be completed in the request.</source>
        <translation>Все сотрудники, у которых сроки по требованиям наступают до 31.12.{year}, начиная с ближайших. Те, кто уже есть в заявке, не отмечены. Каждому отмеченному назначается курс ПК на недостающее количество часов (не менее 72 для ППС вуза, 36 для ППС колледжа); остальное заполняется в заявке.</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Checks falling due</source>
        <translation>Требования с наступающим сроком</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Hours missing</source>
        <translation>Не хватает часов</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Add the ticked to the request</source>
        <translation>Добавить отмеченных в заявку</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Academy (Kazakh):</source>
        <translation>Академия (на казахском):</translation>
    </message>
    <message>
        <source>Academy (Russian):</source>
        <translation>Академия (на русском):</translation>
    </message>
    <message>
        <source>Academy (English):</source>
        <translation>Академия (на английском):</translation>
    </message>
    <message>
        <source>Rector&apos;s title (Kazakh):</source>
        <translation>Должность ректора (на казахском):</translation>
    </message>
    <message>
        <source>Rector&apos;s title (Russian):</source>
        <translation>Должность ректора (на русском):</translation>
    </message>
    <message>
        <source>Rector:</source>
        <translation>Ректор:</translation>
    </message>
    <message>
        <source>Head of the Competence Centre:</source>
        <translation>Руководитель Центра компетенций:</translation>
    </message>
    <message>
        <source>Head of HR:</source>
        <translation>Начальник отдела кадров:</translation>
    </message>
    <message>
        <source>Reading the regulation</source>
        <translation>Толкование правил</translation>
    </message>
    <message>
        <source>in-profile hours add up over the 3 years (72 / 36 in total)</source>
        <translation>часы по профилю суммируются за 3 года (всего 72 / 36)</translation>
    </message>
    <message>
        <source>one course of at least 72 / 36 hours is needed</source>
        <translation>нужен один курс не менее 72 / 36 часов</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>календарные дни</translation>
    </message>
    <message>
        <source>working days (weekends and Kazakhstan&apos;s holidays skipped)</source>
        <translation>рабочие дни (без выходных и праздничных дней Казахстана)</translation>
    </message>
    <message>
        <source>a talk is counted once per event, instead of the day rate</source>
        <translation>доклад засчитывается один раз за мероприятие вместо начисления за дни</translation>
    </message>
    <message>
        <source>a talk is counted for every day of the event</source>
        <translation>доклад засчитывается за каждый день мероприятия</translation>
    </message>
    <message>
        <source>whole weeks of the internship&apos;s days</source>
        <translation>полные недели по дням стажировки</translation>
    </message>
    <message>
        <source>every started week</source>
        <translation>каждая начатая неделя</translation>
    </message>
    <message>
        <source>Faculty hours:</source>
        <translation>Часы ППС:</translation>
    </message>
    <message>
        <source>Deadline days:</source>
        <translation>Дни при исчислении сроков:</translation>
    </message>
    <message>
        <source>Conference talks (CPD):</source>
        <translation>Доклады на конференциях (НПР):</translation>
    </message>
    <message>
        <source>Internship weeks (CPD):</source>
        <translation>Недели стажировки (НПР):</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>Department requests due:</source>
        <translation>Срок подачи заявок кафедр:</translation>
    </message>
    <message>
        <source>Deadlines due before this day are history and are not listed</source>
        <translation>Сроки, наступившие до этой даты, считаются архивными и не отображаются</translation>
    </message>
    <message>
        <source>Deadlines tracked from:</source>
        <translation>Дата начала контроля сроков:</translation>
    </message>
    <message>
        <source>That day does not exist in that month.</source>
        <translation>В этом месяце нет такого дня.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Соответствует</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не проверяется</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>In-profile PD hours in the 3-year window</source>
        <translation>Часы ПК по профилю за 3-летний период</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Требуется</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Кафедра</translation>
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
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Медработник</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Search by name, IIN, department, position…</source>
        <translation>Поиск по ФИО, ИИН, кафедре, должности…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все кафедры</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>New employee…</source>
        <translation>Новый сотрудник…</translation>
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
