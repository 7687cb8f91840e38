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
            <source>Print listener's reports…</source>
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
            <source>Application</source>
            <translation>Заявление</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Сертификат</translation>
        </message>
        <message>
            <source>Certificate copy</source>
            <translation>Копия сертификата</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Отчёт</translation>
        </message>
        <message>
            <source>Supervisor's review</source>
            <translation>Отзыв руководителя</translation>
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
            <source>choose an employee from the list</source>
            <translation>выберите сотрудника из списка</translation>
        </message>
        <message>
            <source>Dated after the as-of day {date}: {fields}. Is that right?</source>
            <translation>Датировано позже расчётной даты {date}: {fields}. Это верно?</translation>
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
            <source>Certificate copy handed in</source>
            <translation>Копия сертификата сдана</translation>
        </message>
        <message>
            <source>Listener's report and certificate copy</source>
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
            <source>Supervisor's review (sealed)</source>
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
        <name>Banner</name>
        <message>
            <source>Try again</source>
            <translation>Повторить попытку</translation>
        </message>
        <message>
            <source>Restore the newest good backup…</source>
            <translation>Восстановить самую новую исправную копию…</translation>
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
            <source>Nothing changed: the register already holds everything in the file.</source>
            <translation>Ничего не изменилось: в реестре уже есть всё, что есть в файле.</translation>
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
            <source>{count} deadlines fall before {date} and are treated as history ({open} of them not done). `deadlines --all` shows them; `import --history-date DATE` moves the date.</source>
            <translation>{count} сроков приходятся на дни до {date} и считаются историей (из них не выполнено: {open}). Показать их: `deadlines --all`; перенести дату: `import --history-date DATE`.</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… и ещё {n}</translation>
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
            <source>Request of {department} for {year}</source>
            <translation>Заявка: {department}, {year} год</translation>
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
        <message>
            <source>Warning: the register {path} is open read-only ({reason}).</source>
            <translation>Внимание: реестр {path} открыт только для чтения ({reason}).</translation>
        </message>
        <message>
            <source>Backed up and verified: {path}</source>
            <translation>Резервная копия создана и проверена: {path}</translation>
        </message>
        <message>
            <source>Restored {path} from {backup}. The register as it was is kept in {previous}.</source>
            <translation>Реестр {path} восстановлен из {backup}. Прежнее состояние реестра сохранено в {previous}.</translation>
        </message>
        <message>
            <source>This register is on a PostgreSQL server; use the server's own tools.</source>
            <translation>Этот реестр находится на сервере PostgreSQL; используйте собственные средства сервера.</translation>
        </message>
        <message>
            <source>Back up:</source>
            <translation>Резервное копирование:</translation>
        </message>
        <message>
            <source>Restore (replaces the database's content):</source>
            <translation>Восстановление (заменяет содержимое базы данных):</translation>
        </message>
        <message>
            <source>The newest good backup is {backup}. To restore it:</source>
            <translation>Самая новая исправная резервная копия — {backup}. Чтобы восстановить её:</translation>
        </message>
        <message>
            <source>The register holds a number JSON cannot express (not a number or infinite); correct it in the window, or use the table output.</source>
            <translation>В реестре есть число, которое JSON не может выразить (не число или бесконечность); исправьте его в окне или используйте вывод таблицей.</translation>
        </message>
        <message>
            <source>Would be sent (dry run, nothing was sent):</source>
            <translation>Было бы отправлено (пробный запуск, ничего не отправлено):</translation>
        </message>
        <message>
            <source>Sent:</source>
            <translation>Отправлено:</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Кому</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Not sent (tried again on the next run):</source>
            <translation>Не отправлено (будет повторено при следующем запуске):</translation>
        </message>
        <message>
            <source>Interrupted while being sent earlier; not sent again (check with the recipient):</source>
            <translation>Отправка была прервана ранее; повторно не отправляется (уточните у получателя):</translation>
        </message>
        <message>
            <source>No e-mail address:</source>
            <translation>Нет адреса эл. почты:</translation>
        </message>
        <message>
            <source>{sent} sent, {failed} failed, {skipped} already sent before; as of {date}.</source>
            <translation>Отправлено: {sent}, не отправлено: {failed}, отправлено ранее: {skipped}; на {date}.</translation>
        </message>
        <message>
            <source>Written {path}: {count} events.</source>
            <translation>Записан {path}: событий — {count}.</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Настройка</translation>
        </message>
        <message>
            <source>first set smtp_user, whose password it is</source>
            <translation>сначала задайте smtp_user — чей это пароль</translation>
        </message>
        <message>
            <source>The password of {user} is kept in the system keyring.</source>
            <translation>Пароль {user} сохранён в системном хранилище ключей.</translation>
        </message>
        <message>
            <source>The register is up to date; group roles: {roles}.</source>
            <translation>Реестр обновлён; групповые роли: {roles}.</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>Новый пароль: </translation>
        </message>
        <message>
            <source>The same password again: </source>
            <translation>Повторите пароль: </translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed.</source>
            <translation>Пароли не совпадают; ничего не изменено.</translation>
        </message>
        <message>
            <source>Added {login} ({role}).</source>
            <translation>Добавлен {login} ({role}).</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>отключён</translation>
        </message>
        <message>
            <source>active</source>
            <translation>активен</translation>
        </message>
        <message>
            <source>{login} is now {role}.</source>
            <translation>{login} теперь {role}.</translation>
        </message>
        <message>
            <source>{login} can no longer log in.</source>
            <translation>{login} больше не может войти.</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Когда (UTC)</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Таблица</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Изменения</translation>
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
            <source>Category since</source>
            <translation>Категория с</translation>
        </message>
        <message>
            <source>Head since</source>
            <translation>Руководитель с</translation>
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
            <source>Certificate copy handed in</source>
            <translation>Копия сертификата сдана</translation>
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
        <name>ConflictDialog</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Изменено другим пользователем</translation>
        </message>
        <message>
            <source>{who} changed this record at {when} (UTC), after you opened it. Their version and yours differ here:</source>
            <translation>{who} изменил(а) эту запись в {when} (UTC), после того как вы её открыли. Его (её) версия и ваша различаются здесь:</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Theirs (saved)</source>
            <translation>Чужая (сохранена)</translation>
        </message>
        <message>
            <source>Yours (in the form)</source>
            <translation>Ваша (в форме)</translation>
        </message>
        <message>
            <source>The fields you see are the same; their change was elsewhere.</source>
            <translation>Видимые поля совпадают; изменение было в другом месте.</translation>
        </message>
        <message>
            <source>Use theirs</source>
            <translation>Взять чужую версию</translation>
        </message>
        <message>
            <source>Save mine over theirs</source>
            <translation>Сохранить мою поверх чужой</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Продолжить правку</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>Not saved: someone deleted this record after you opened it.</source>
            <translation>Не сохранено: после того как вы открыли запись, её кто-то удалил.</translation>
        </message>
    </context>
    <context>
        <name>CountLabel</name>
        <message>
            <source>Nothing found</source>
            <translation>Ничего не найдено</translation>
        </message>
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
            <source>{rate} per week ({weeks} weeks)</source>
            <translation>{rate} за неделю ({weeks} нед.)</translation>
        </message>
        <message>
            <source>{rate} per year ({years} whole years in the window)</source>
            <translation>{rate} за год ({years} полных лет в периоде)</translation>
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
            <source>membership not active on this date</source>
            <translation>членство не действует на эту дату</translation>
        </message>
        <message>
            <source>less than a whole year inside the 5 years</source>
            <translation>меньше полного года в пределах 5 лет</translation>
        </message>
        <message>
            <source>not a document of republican level</source>
            <translation>документ не республиканского уровня</translation>
        </message>
        <message>
            <source>longer than a year: record each year separately</source>
            <translation>дольше года: внесите каждый год отдельно</translation>
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
        <name>DateEdit</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>дд.мм.гггг</translation>
        </message>
        <message>
            <source>Type the day (01.03.2025, 1.3.25 or 2025-03-01); Up and Down change it</source>
            <translation>Введите дату (01.03.2025, 1.3.25 или 2025-03-01); стрелки вверх и вниз меняют её</translation>
        </message>
        <message>
            <source>Pick the day in a calendar</source>
            <translation>Выбрать дату в календаре</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>not a date: type it as dd.mm.yyyy</source>
            <translation>это не дата: введите её как дд.мм.гггг</translation>
        </message>
        <message>
            <source>there is no such day</source>
            <translation>такого дня нет</translation>
        </message>
        <message>
            <source>the year {year} is not plausible</source>
            <translation>{year} год неправдоподобен</translation>
        </message>
        <message>
            <source>a date is needed</source>
            <translation>нужна дата</translation>
        </message>
    </context>
    <context>
        <name>DeadlineModel</name>
        <message>
            <source>Request for {year}</source>
            <translation>Заявка на {year} год</translation>
        </message>
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
            <source>Order</source>
            <translation>Приказ</translation>
        </message>
        <message>
            <source>Certificate and report</source>
            <translation>Сертификат и отчёт</translation>
        </message>
        <message>
            <source>Supervisor's review</source>
            <translation>Отзыв руководителя</translation>
        </message>
        <message>
            <source>Report approved by the department</source>
            <translation>Утверждение отчёта кафедрой</translation>
        </message>
        <message>
            <source>Implementation plan</source>
            <translation>План внедрения</translation>
        </message>
        <message>
            <source>Department request</source>
            <translation>Заявка подразделения</translation>
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
        <message>
            <source>Print the overdue list…</source>
            <translation>Печать списка просроченных…</translation>
        </message>
        <message>
            <source>Export the list…</source>
            <translation>Экспорт списка…</translation>
        </message>
        <message>
            <source>The list as shown (filter and order) into an Excel workbook</source>
            <translation>Список как на экране (фильтр и порядок) в книгу Excel</translation>
        </message>
        <message numerus="yes">
            <source>%n older items treated as history (before {date}) are shown — &lt;a href='hide'&gt;hide them&lt;/a&gt;</source>
            <translation>
                <numerusform>Показан %n более ранний срок (до {date}) — &lt;a href='hide'&gt;скрыть&lt;/a&gt;</numerusform>
                <numerusform>Показаны %n более ранних срока (до {date}) — &lt;a href='hide'&gt;скрыть&lt;/a&gt;</numerusform>
                <numerusform>Показаны %n более ранних сроков (до {date}) — &lt;a href='hide'&gt;скрыть&lt;/a&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older items treated as history (before {date}) — &lt;a href='show'&gt;show them&lt;/a&gt;</source>
            <translation>
                <numerusform>%n более ранний срок считается историей (до {date}) — &lt;a href='show'&gt;показать&lt;/a&gt;</numerusform>
                <numerusform>%n более ранних срока считаются историей (до {date}) — &lt;a href='show'&gt;показать&lt;/a&gt;</numerusform>
                <numerusform>%n более ранних сроков считаются историей (до {date}) — &lt;a href='show'&gt;показать&lt;/a&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>Overdue applications and reports</source>
            <translation>Просроченные заявления и отчёты</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Сроки</translation>
        </message>
        <message numerus="yes">
            <source>As of {date}; %n rows</source>
            <translation>
                <numerusform>На {date}; %n строка</numerusform>
                <numerusform>На {date}; %n строки</numerusform>
                <numerusform>На {date}; %n строк</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Departments</name>
        <message>
            <source>a department needs a name</source>
            <translation>у подразделения должно быть название</translation>
        </message>
        <message>
            <source>there is already a department called «{name}»</source>
            <translation>подразделение «{name}» уже есть</translation>
        </message>
        <message>
            <source>{n} employees still work in «{name}»: merge it into another department instead</source>
            <translation>в «{name}» ещё работают сотрудники ({n}): вместо этого объедините его с другим подразделением</translation>
        </message>
        <message>
            <source>a department cannot be merged into itself</source>
            <translation>подразделение нельзя объединить с самим собой</translation>
        </message>
        <message>
            <source>the head must work in the department</source>
            <translation>руководитель должен работать в этом подразделении</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsDialog</name>
        <message>
            <source>Departments</source>
            <translation>Подразделения</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>In Kazakh</source>
            <translation>На казахском</translation>
        </message>
        <message>
            <source>In Russian</source>
            <translation>На русском</translation>
        </message>
        <message>
            <source>Faculty</source>
            <translation>Факультет</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Добавить…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Переименовать…</translation>
        </message>
        <message>
            <source>Merge into…</source>
            <translation>Объединить с…</translation>
        </message>
        <message>
            <source>Assign the head…</source>
            <translation>Назначить руководителя…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Упразднить</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Объединение</translation>
        </message>
        <message>
            <source>Move everyone and every plan request of «{name}» to:</source>
            <translation>Перевести всех сотрудников и заявки в план из «{name}» в:</translation>
        </message>
        <message>
            <source>«{source}» ({n} staff) becomes part of «{target}» and is removed. Continue?</source>
            <translation>«{source}» ({n} сотр.) войдёт в «{target}» и будет удалено. Продолжить?</translation>
        </message>
        <message>
            <source>Remove «{name}»? Former staff keep their records.</source>
            <translation>Удалить «{name}»? Записи бывших сотрудников сохранятся.</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(никто)</translation>
        </message>
        <message>
            <source>The head</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <source>The head of «{name}»:</source>
            <translation>Руководитель «{name}»:</translation>
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
            <source>History…</source>
            <translation>История…</translation>
        </message>
        <message>
            <source>Who changed this employee's record, when, from what to what</source>
            <translation>Кто, когда и с чего на что менял запись этого сотрудника</translation>
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
            <source>{title} · {hours} h</source>
            <translation>{title} · {hours} ч</translation>
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
            <source>head of a teaching department (not a management post)</source>
            <translation>заведующий кафедрой (не управленческая должность)</translation>
        </message>
        <message>
            <source>From this day the new category or head status holds; checks of earlier days use the one before</source>
            <translation>Новая категория или статус руководителя действуют с этого дня; проверки более ранних дат используют прежние</translation>
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
            <source>Status changed on:</source>
            <translation>Статус изменён с:</translation>
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
            <source>Dismissed on</source>
            <translation>Дата увольнения</translation>
        </message>
        <message>
            <source>Hired on</source>
            <translation>Дата приёма</translation>
        </message>
        <message>
            <source>Status changed on</source>
            <translation>Статус изменён с</translation>
        </message>
        <message>
            <source>Email:</source>
            <translation>Эл. почта:</translation>
        </message>
        <message>
            <source>Dismissed on:</source>
            <translation>Дата увольнения:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Телефон:</translation>
        </message>
        <message>
            <source>The day of the dismissal: from the next day the employee is no longer checked, and the record and its history are kept</source>
            <translation>День увольнения: со следующего дня сотрудник не проверяется, запись и её история сохраняются</translation>
        </message>
        <message>
            <source>give the day the new status holds from</source>
            <translation>укажите, с какого дня действует новый статус</translation>
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
    </context>
    <context>
        <name>EmployeePicker</name>
        <message>
            <source>Type a name, IIN or department and choose from the list</source>
            <translation>Введите ФИО, ИИН или подразделение и выберите из списка</translation>
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
            <source>The disk that holds {path} could not read or write it (disk I/O error): it may be full, removed or failing. The change was not saved. Free some space or check the disk, then try again.</source>
            <translation>Диск, на котором находится {path}, не смог прочитать или записать его (ошибка ввода-вывода): диск может быть переполнен, отключён или неисправен. Изменение не сохранено. Освободите место или проверьте диск и повторите попытку.</translation>
        </message>
        <message>
            <source>{what} was not found.</source>
            <translation>Не найдено: {what}.</translation>
        </message>
        <message>
            <source>There is no register at {path}. Check the path given with --db; a new register is created only by import, demo or the window's first start.</source>
            <translation>По пути {path} реестра нет. Проверьте путь, указанный в --db; новый реестр создают только import, demo или первый запуск окна.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a register file. Give the path of the database file itself.</source>
            <translation>{path} — это папка, а не файл реестра. Укажите путь к самому файлу базы данных.</translation>
        </message>
        <message>
            <source>The file {path} is empty (0 bytes), so it holds no register. It was left as it is. Restore a backup over it or give another file.</source>
            <translation>Файл {path} пуст (0 байт), реестра в нём нет. Он оставлен как есть. Восстановите на его место резервную копию или укажите другой файл.</translation>
        </message>
        <message>
            <source>The file {path} is not an SKMA Training register: it is not an SQLite database. It was left as it is. Check the path.</source>
            <translation>Файл {path} — не реестр SKMA Training: это не база данных SQLite. Он оставлен как есть. Проверьте путь.</translation>
        </message>
        <message>
            <source>The register {path} is damaged ({reason}). Nothing was written to it. Restore a good backup with: skma-training restore BACKUP-FILE</source>
            <translation>Реестр {path} повреждён ({reason}). В него ничего не записано. Восстановите исправную резервную копию командой: skma-training restore BACKUP-FILE</translation>
        </message>
        <message>
            <source>The register {path} is read-only: it can be read but not changed. Nothing was changed. Ask for write access to the file, or copy it to a folder of your own.</source>
            <translation>Реестр {path} доступен только для чтения: его можно читать, но нельзя изменять. Ничего не изменено. Запросите право записи в файл или скопируйте его в свою папку.</translation>
        </message>
        <message>
            <source>The folder {path} is read-only: the register cannot be written there. Nothing was changed. Choose a folder you can write to, or ask for write access.</source>
            <translation>Папка {path} доступна только для чтения: реестр нельзя записать туда. Ничего не изменено. Выберите папку, в которую можно писать, или запросите право записи.</translation>
        </message>
        <message>
            <source>The register {path} is open for changes in another window ({holder}). Close that window and try again.</source>
            <translation>Реестр {path} открыт для изменений в другом окне ({holder}). Закройте то окно и попробуйте снова.</translation>
        </message>
        <message>
            <source>This register is open read-only ({reason}); nothing was changed.</source>
            <translation>Этот реестр открыт только для чтения ({reason}); ничего не изменено.</translation>
        </message>
        <message>
            <source>it is damaged</source>
            <translation>он повреждён</translation>
        </message>
        <message>
            <source>the file or its folder is read-only</source>
            <translation>файл или его папка доступны только для чтения</translation>
        </message>
        <message>
            <source>it is open for changes in another window</source>
            <translation>он открыт для изменений в другом окне</translation>
        </message>
        <message>
            <source>The database server {server} does not answer (connection refused). Check that it is running and that the address is right, or ask its administrator.</source>
            <translation>Сервер базы данных {server} не отвечает (в подключении отказано). Проверьте, что он запущен и адрес указан верно, или обратитесь к его администратору.</translation>
        </message>
        <message>
            <source>The database server {server} refused the login: the user name or password is wrong. Check them, or ask its administrator.</source>
            <translation>Сервер базы данных {server} отказал во входе: неверное имя пользователя или пароль. Проверьте их или обратитесь к его администратору.</translation>
        </message>
        <message>
            <source>The database server refused this change: your account may not make it (permission denied by a policy). Nothing was changed. Ask the administrator for the right role.</source>
            <translation>Сервер базы данных отклонил это изменение: вашей учётной записи оно не разрешено (запрещено политикой). Ничего не изменено. Попросите администратора назначить нужную роль.</translation>
        </message>
        <message>
            <source>Access to {path} was denied. Nothing was changed. Ask for access, or choose another place.</source>
            <translation>Доступ к {path} запрещён. Ничего не изменено. Запросите доступ или выберите другое место.</translation>
        </message>
        <message>
            <source>{path} does not exist. Check the name and the folder.</source>
            <translation>{path} не существует. Проверьте имя и папку.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is read-only. Nothing was changed. Choose another place.</source>
            <translation>Диск, на котором находится {path}, доступен только для чтения. Ничего не изменено. Выберите другое место.</translation>
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
            <source>the sheet «{sheet}» reaches cell {cell}, more than {limit} cells to read; delete the empty rows and columns after the data and save it again</source>
            <translation>лист «{sheet}» доходит до ячейки {cell}, это больше {limit} ячеек для чтения; удалите пустые строки и столбцы после данных и сохраните файл заново</translation>
        </message>
        <message>
            <source>the reader failed on it ({detail}); the file is damaged or deliberately malformed</source>
            <translation>программа чтения не смогла его прочитать ({detail}); файл повреждён или намеренно испорчен</translation>
        </message>
        <message>
            <source>The file {path} could not be written: {reason}</source>
            <translation>Не удалось записать файл {path}: {reason}</translation>
        </message>
        <message>
            <source>{path} is not an ordinary file (it is a link, a device or a folder), so nothing was written there. Choose a file name in a folder.</source>
            <translation>{path} — не обычный файл (это ссылка, устройство или папка), поэтому туда ничего не записано. Выберите имя файла в папке.</translation>
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
            <source>Official documents are printed in Kazakh (kk) or Russian (ru), not «{lang}»: choose --lang kk or --lang ru (or --doc-lang kk|ru).</source>
            <translation>Официальные документы печатаются на казахском (kk) или русском (ru) языке, а не «{lang}»: укажите --lang kk или --lang ru (или --doc-lang kk|ru).</translation>
        </message>
        <message>
            <source>{name} (IIN {iin}) is not a healthcare worker: the CPD confirmation form (ҚР ДСМ-283/2020) is only for healthcare workers.</source>
            <translation>{name} (ИИН {iin}) не является работником здравоохранения: форма подтверждения результатов НПР (ҚР ДСМ-283/2020) предназначена только для работников здравоохранения.</translation>
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
            <source>This register is on a database server; back it up with the server's own tools.</source>
            <translation>Реестр хранится на сервере баз данных; сделайте резервную копию средствами самого сервера.</translation>
        </message>
        <message>
            <source>The password could not be stored in the system keyring ({reason}). Set SKMA_TRAINING_SMTP_PASSWORD for the scheduled task instead.</source>
            <translation>Не удалось сохранить пароль в системном хранилище ключей ({reason}). Вместо этого задайте переменную SKMA_TRAINING_SMTP_PASSWORD для запланированной задачи.</translation>
        </message>
        <message>
            <source>The server refused the change: your role may not make it. Nothing was changed. ({reason})</source>
            <translation>Сервер отклонил изменение: вашей роли это не разрешено. Ничего не изменено. ({reason})</translation>
        </message>
        <message>
            <source>Could not connect to the shared register ({reason}). Check the server's address, your login and password (the command line reads it from ~/.pgpass or PGPASSWORD).</source>
            <translation>Не удалось подключиться к общему реестру ({reason}). Проверьте адрес сервера, логин и пароль (командная строка берёт его из ~/.pgpass или PGPASSWORD).</translation>
        </message>
        <message>
            <source>The backup of {path} failed its check ({reason}) and was removed; no backup was kept. The register itself may be damaged: see the backups folder for an older one.</source>
            <translation>Резервная копия {path} не прошла проверку ({reason}) и удалена; копия не сохранена. Возможно, повреждён сам реестр: более раннюю копию ищите в папке backups.</translation>
        </message>
        <message>
            <source>The scan's path «{path}» leads outside the attachments folder; it was not used.</source>
            <translation>Путь к скану «{path}» ведёт за пределы папки вложений; он не использован.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Не сохранено: {reason}</translation>
        </message>
        <message>
            <source>The e-mail template {path} is damaged: {reason}</source>
            <translation>Шаблон письма {path} повреждён: {reason}</translation>
        </message>
        <message>
            <source>No mail server is set: skma-training settings set {key} VALUE</source>
            <translation>Почтовый сервер не задан: skma-training settings set {key} ЗНАЧЕНИЕ</translation>
        </message>
        <message>
            <source>The language of e-mails is kk or ru, not «{lang}»</source>
            <translation>Язык писем — kk или ru, а не «{lang}»</translation>
        </message>
        <message>
            <source>The backup {path} cannot be restored: {reason}. The register was not changed.</source>
            <translation>Резервную копию {path} нельзя восстановить: {reason}. Реестр не изменён.</translation>
        </message>
        <message>
            <source>«{value}» is not a valid value of {key}. Allowed: {allowed}</source>
            <translation>«{value}» — недопустимое значение {key}. Допустимо: {allowed}</translation>
        </message>
        <message>
            <source>There is no setting called «{key}». Settings: {keys}</source>
            <translation>Настройки «{key}» нет. Настройки: {keys}</translation>
        </message>
        <message>
            <source>Not saved: the IIN {iin} already belongs to {name} ({department}).</source>
            <translation>Не сохранено: ИИН {iin} уже принадлежит сотруднику {name} ({department}).</translation>
        </message>
        <message>
            <source>Users and roles need the shared PostgreSQL register; {path} is a file on this computer. Open the register with --db postgresql://USER@HOST:PORT/DB.</source>
            <translation>Пользователям и ролям нужен общий реестр на PostgreSQL; {path} — файл на этом компьютере. Откройте реестр с --db postgresql://USER@HOST:PORT/DB.</translation>
        </message>
        <message>
            <source>The server refused: only the database owner (IT) or a centre administrator may do this. {reason}</source>
            <translation>Сервер отказал: это может сделать только владелец базы данных (IT) или администратор центра. {reason}</translation>
        </message>
        <message>
            <source>Not saved: {what} was changed by {who} at {when} (UTC) after you opened it. Reload it to see their version, then apply your changes again.</source>
            <translation>Не сохранено: после того как вы открыли запись «{what}», её изменил {who} в {when} (UTC). Загрузите её заново, чтобы увидеть его вариант, и внесите свои изменения ещё раз.</translation>
        </message>
        <message>
            <source>Nothing was imported: while the import ran, {who} changed {what} at {when} (UTC), and {count} of the records the file updates were changed meanwhile. Run the import again: it compares the file with the register as it is now.</source>
            <translation>Ничего не импортировано: пока шёл импорт, {who} изменил(а) {what} в {when} (UTC), и {count} из записей, которые обновляет файл, за это время изменились. Запустите импорт ещё раз: он сравнит файл с реестром в его нынешнем виде.</translation>
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
            <source>Register of professional development</source>
            <translation>Реестр повышения квалификации</translation>
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
            <source>A realistic academy in a temporary database: try everything, nobody's data is touched</source>
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
        <name>HelpDialog</name>
        <message>
            <source>Guide</source>
            <translation>Справка</translation>
        </message>
        <message>
            <source>Guide: {title}</source>
            <translation>Справка: {title}</translation>
        </message>
        <message>
            <source>There is no guide to this page yet.</source>
            <translation>Для этой страницы справки пока нет.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History: {what}</source>
            <translation>История: {what}</translation>
        </message>
        <message>
            <source>Reading the history…</source>
            <translation>Читается история…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <source>added</source>
            <translation>добавлено</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>изменено</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>удалено</translation>
        </message>
        <message>
            <source>No change of this record is on record.</source>
            <translation>Изменений этой записи не зарегистрировано.</translation>
        </message>
        <message numerus="yes">
            <source>%n changes. Your role sees who made each and when, not the values.</source>
            <translation>
                <numerusform>%n изменение. Ваша роль видит, кто и когда его внёс, но не значения.</numerusform>
                <numerusform>%n изменения. Ваша роль видит, кто и когда их внёс, но не значения.</numerusform>
                <numerusform>%n изменений. Ваша роль видит, кто и когда их внёс, но не значения.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes, the newest first.</source>
            <translation>
                <numerusform>%n изменение, сначала новые.</numerusform>
                <numerusform>%n изменения, сначала новые.</numerusform>
                <numerusform>%n изменений, сначала новые.</numerusform>
            </translation>
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
            <source>the IIN's check digit is wrong</source>
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
            <source>twelve zeros are not an IIN</source>
            <translation>двенадцать нулей — это не ИИН</translation>
        </message>
        <message>
            <source>the 7th digit of an IIN is 1 to 6 (century and sex)</source>
            <translation>7-я цифра ИИН — от 1 до 6 (век и пол)</translation>
        </message>
        <message>
            <source>the first six digits of an IIN are the date of birth (YYMMDD); {digits} is not a date</source>
            <translation>первые шесть цифр ИИН — дата рождения (ГГММДД); {digits} не является датой</translation>
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
            <source>no employee with this IIN in the file's staff sheet or in the register</source>
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
            <source>{count} deadlines fall before {date} and are treated as history ({open} of them not done); the Deadlines page shows them on request. Settings → History before moves the date.</source>
            <translation>{count} сроков приходятся на дни до {date} и считаются историей (из них не выполнено: {open}); страница «Сроки» покажет их по запросу. Перенести дату: Настройки → История до.</translation>
        </message>
        <message>
            <source>Nothing changed: the register already holds everything in the file.</source>
            <translation>Ничего не изменилось: в реестре уже есть всё, что есть в файле.</translation>
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
            <source>supervisor's review</source>
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
            <source>All departments</source>
            <translation>Все подразделения</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Открыть…</translation>
        </message>
        <message>
            <source>Print internship report…</source>
            <translation>Печать отчёта о стажировке…</translation>
        </message>
        <message>
            <source>Print implementation plan…</source>
            <translation>Печать плана внедрения…</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Building the demo academy…</source>
            <translation>Создание демонстрационной академии…</translation>
        </message>
        <message>
            <source>The newest good backup is {backup}. Restore it? What is there now is kept in the backups folder.</source>
            <translation>Самая новая исправная резервная копия — {backup}. Восстановить её? То, что есть сейчас, будет сохранено в папке backups.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in to the register</source>
            <translation>Вход в реестр</translation>
        </message>
        <message>
            <source>Remember the password on this computer</source>
            <translation>Запомнить пароль на этом компьютере</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Реестр</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>Enter your login and password.</source>
            <translation>Введите логин и пароль.</translation>
        </message>
        <message>
            <source>The server did not let you in: %1</source>
            <translation>Сервер не впустил вас: %1</translation>
        </message>
    </context>
    <context>
        <name>MailSettings</name>
        <message>
            <source>kept in the system keyring, not in the database</source>
            <translation>хранится в системном хранилище ключей, а не в базе данных</translation>
        </message>
        <message>
            <source>Mail server password</source>
            <translation>Пароль почтового сервера</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Сохранено.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>DEMO: nobody's data</source>
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
            <source>Next year's plan</source>
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
            <source>Restore from a backup…</source>
            <translation>Восстановить из резервной копии…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Настройки…</translation>
        </message>
        <message>
            <source>Reminders by e-mail…</source>
            <translation>Напоминания по эл. почте…</translation>
        </message>
        <message>
            <source>Export to calendar…</source>
            <translation>Экспорт в календарь…</translation>
        </message>
        <message>
            <source>Open the demo academy</source>
            <translation>Открыть демонстрационную академию</translation>
        </message>
        <message>
            <source>Back to my register</source>
            <translation>Вернуться к своему реестру</translation>
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
            <source>Departments…</source>
            <translation>Подразделения…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>Guide to this page</source>
            <translation>Справка по этой странице</translation>
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
            <source>Logged in to the shared register as {login}; role: {role}</source>
            <translation>Вход в общий реестр как {login}; роль: {role}</translation>
        </message>
        <message>
            <source>A register on this computer: whoever opens it may change everything in it</source>
            <translation>Реестр на этом компьютере: кто его открыл, может изменить в нём всё</translation>
        </message>
        <message numerus="yes">
            <source>%n staff</source>
            <translation>
                <numerusform>%n сотрудник</numerusform>
                <numerusform>%n сотрудника</numerusform>
                <numerusform>%n сотрудников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activities</source>
            <translation>
                <numerusform>%n мероприятие</numerusform>
                <numerusform>%n мероприятия</numerusform>
                <numerusform>%n мероприятий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue on {date}</source>
            <translation>
                <numerusform>%n с просрочкой на {date}</numerusform>
                <numerusform>%n с просрочкой на {date}</numerusform>
                <numerusform>%n с просрочкой на {date}</numerusform>
            </translation>
        </message>
        <message>
            <source>That activity is no longer in the register.</source>
            <translation>Этого мероприятия в реестре больше нет.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n selected activities with their paperwork? This cannot be undone.</source>
            <translation>
                <numerusform>Удалить %n выбранное мероприятие с документами? Это нельзя отменить.</numerusform>
                <numerusform>Удалить %n выбранных мероприятия с документами? Это нельзя отменить.</numerusform>
                <numerusform>Удалить %n выбранных мероприятий с документами? Это нельзя отменить.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>That employee is no longer in the register.</source>
            <translation>Этого сотрудника в реестре больше нет.</translation>
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
        <name>NamesDialog</name>
        <message>
            <source>Department</source>
            <translation>Подразделение</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>In Kazakh:</source>
            <translation>На казахском:</translation>
        </message>
        <message>
            <source>In Russian:</source>
            <translation>На русском:</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message numerus="yes">
            <source>The academy on {date}: %n staff checked</source>
            <translation>
                <numerusform>Академия на {date}: проверен %n сотрудник</numerusform>
                <numerusform>Академия на {date}: проверены %n сотрудника</numerusform>
                <numerusform>Академия на {date}: проверено %n сотрудников</numerusform>
            </translation>
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
            <source>deadlines overdue</source>
            <translation>просроченные сроки</translation>
        </message>
        <message>
            <source>deadlines in the next 7 days</source>
            <translation>сроки в ближайшие 7 дней</translation>
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
        <message>
            <source>choose an employee from the list</source>
            <translation>выберите сотрудника из списка</translation>
        </message>
        <message>
            <source>give the topic</source>
            <translation>укажите тему</translation>
        </message>
        <message>
            <source>give the hours</source>
            <translation>укажите часы</translation>
        </message>
        <message>
            <source>give the quarter or the dates</source>
            <translation>укажите квартал или даты</translation>
        </message>
        <message>
            <source>the end is before the start</source>
            <translation>окончание раньше начала</translation>
        </message>
        <message>
            <source>this person already has this kind and topic in the request</source>
            <translation>у этого сотрудника в заявке уже есть этот вид и тема</translation>
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
            <source>Not submitted</source>
            <translation>Не подана</translation>
        </message>
        <message>
            <source>Submitted, not consolidated</source>
            <translation>Подана, ещё не сведена в план</translation>
        </message>
        <message>
            <source>In the plan</source>
            <translation>В плане</translation>
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
        <message numerus="yes">
            <source>without a topic: %n</source>
            <translation>
                <numerusform>без темы: %n</numerusform>
                <numerusform>без темы: %n</numerusform>
                <numerusform>без темы: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>without hours: %n</source>
            <translation>
                <numerusform>без часов: %n</numerusform>
                <numerusform>без часов: %n</numerusform>
                <numerusform>без часов: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>without a cost: %n</source>
            <translation>
                <numerusform>без стоимости: %n</numerusform>
                <numerusform>без стоимости: %n</numerusform>
                <numerusform>без стоимости: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>without dates or a quarter: %n</source>
            <translation>
                <numerusform>без дат и квартала: %n</numerusform>
                <numerusform>без дат и квартала: %n</numerusform>
                <numerusform>без дат и квартала: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the same person, kind and topic twice: %n</source>
            <translation>
                <numerusform>один и тот же сотрудник, вид и тема дважды: %n</numerusform>
                <numerusform>один и тот же сотрудник, вид и тема дважды: %n</numerusform>
                <numerusform>один и тот же сотрудник, вид и тема дважды: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>no request from: {names}</source>
            <translation>нет заявки от: {names}</translation>
        </message>
        <message>
            <source>not submitted, left out: {names}</source>
            <translation>не поданы, не включаются: {names}</translation>
        </message>
        <message>
            <source>the deadline {date} has passed</source>
            <translation>срок {date} прошёл</translation>
        </message>
        <message>
            <source>Continue?</source>
            <translation>Продолжить?</translation>
        </message>
        <message numerus="yes">
            <source>Submit the request of {department}: %n items.</source>
            <translation>
                <numerusform>Подать заявку подразделения {department}: %n позиция.</numerusform>
                <numerusform>Подать заявку подразделения {department}: %n позиции.</numerusform>
                <numerusform>Подать заявку подразделения {department}: %n позиций.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Put %n items of the submitted requests into the plan.</source>
            <translation>
                <numerusform>Включить в план %n позицию поданных заявок.</numerusform>
                <numerusform>Включить в план %n позиции поданных заявок.</numerusform>
                <numerusform>Включить в план %n позиций поданных заявок.</numerusform>
            </translation>
        </message>
        <message>
            <source>Consolidate</source>
            <translation>Свести в план</translation>
        </message>
        <message numerus="yes">
            <source>Approve the plan for {year} with %n items.</source>
            <translation>
                <numerusform>Утвердить план на {year} год: %n позиция.</numerusform>
                <numerusform>Утвердить план на {year} год: %n позиции.</numerusform>
                <numerusform>Утвердить план на {year} год: %n позиций.</numerusform>
            </translation>
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
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Сохранить в:</translation>
        </message>
        <message>
            <source>Make the document</source>
            <translation>Сформировать документ</translation>
        </message>
        <message>
            <source>Save the document as</source>
            <translation>Сохранить документ как</translation>
        </message>
        <message>
            <source>As of: {reason}</source>
            <translation>На дату: {reason}</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be made: {reason}</source>
            <translation>Не удаётся создать папку {folder}: {reason}</translation>
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
        <name>RecordDialog</name>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>История…</translation>
        </message>
        <message>
            <source>Discard the changes?</source>
            <translation>Отменить изменения?</translation>
        </message>
        <message>
            <source>The form has changes that are not saved. Close it and lose them?</source>
            <translation>В форме есть несохранённые изменения. Закрыть её и потерять их?</translation>
        </message>
    </context>
    <context>
        <name>RecordDiff</name>
        <message>
            <source>Teaching head</source>
            <translation>Заведующий учебной кафедрой</translation>
        </message>
        <message>
            <source>Language of messages</source>
            <translation>Язык сообщений</translation>
        </message>
        <message>
            <source>With a talk</source>
            <translation>С докладом</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>RegisterGuard</name>
        <message>
            <source>read-only</source>
            <translation>только чтение</translation>
        </message>
        <message>
            <source>Read-only: this register is open for changes in another window ({holder}). You can look, but not change anything until it closes.</source>
            <translation>Только чтение: этот реестр открыт для изменений в другом окне ({holder}). Пока оно не закроется, можно смотреть, но ничего нельзя изменить.</translation>
        </message>
        <message>
            <source>Read-only: this register is damaged, so nothing is written to it. Restore the newest good backup.</source>
            <translation>Только чтение: этот реестр повреждён, поэтому в него ничего не записывается. Восстановите самую новую исправную резервную копию.</translation>
        </message>
        <message>
            <source>Read-only: you may read this register but not change it (the file or its folder is read-only).</source>
            <translation>Только чтение: этот реестр можно читать, но нельзя изменять (файл или его папка доступны только для чтения).</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Восстановление</translation>
        </message>
        <message>
            <source>No good backup was found beside the register. Choose a backup file yourself (File → Restore from a backup…).</source>
            <translation>Рядом с реестром исправная резервная копия не найдена. Выберите файл копии сами (Файл → Восстановить из резервной копии…).</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <source>Register backups (*.sqlite3);;All files (*)</source>
            <translation>Резервные копии реестра (*.sqlite3);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Replace the register with the backup {backup}? The register as it is now is kept in the backups folder.</source>
            <translation>Заменить реестр резервной копией {backup}? Текущее состояние реестра будет сохранено в папке backups.</translation>
        </message>
        <message>
            <source>The register was restored from {backup}. The previous one is kept as {previous}.</source>
            <translation>Реестр восстановлен из {backup}. Прежний сохранён как {previous}.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>3-year check</source>
            <translation>Требование за три года</translation>
        </message>
        <message>
            <source>HR digest</source>
            <translation>Сводка для отдела кадров</translation>
        </message>
        <message>
            <source>Department head's digest</source>
            <translation>Сводка для руководителя подразделения</translation>
        </message>
    </context>
    <context>
        <name>RemindersDialog</name>
        <message>
            <source>Export to calendar</source>
            <translation>Экспорт в календарь</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Календарь (*.ics)</translation>
        </message>
        <message>
            <source>Written {path}: {count} events.</source>
            <translation>Записан {path}: событий — {count}.</translation>
        </message>
        <message>
            <source>Reminders by e-mail</source>
            <translation>Напоминания по эл. почте</translation>
        </message>
        <message>
            <source>To be sent</source>
            <translation>К отправке</translation>
        </message>
        <message>
            <source>Sent log</source>
            <translation>Журнал отправленных</translation>
        </message>
        <message>
            <source>Mail settings</source>
            <translation>Настройки почты</translation>
        </message>
        <message>
            <source>Include the digests to HR and the heads (otherwise on their weekday)</source>
            <translation>Включить сводки отделу кадров и руководителям (иначе — в их день недели)</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Кому</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Send now</source>
            <translation>Отправить сейчас</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Server's answer</source>
            <translation>Ответ сервера</translation>
        </message>
        <message>
            <source>On {date}: {count} to send, {skipped} sent before, {missing} without an e-mail address.</source>
            <translation>На {date}: к отправке — {count}, отправлено ранее — {skipped}, без адреса эл. почты — {missing}.</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Not sent; tried again next time</source>
            <translation>Не отправлено; будет повторено в следующий раз</translation>
        </message>
        <message>
            <source>Interrupted; not confirmed</source>
            <translation>Прервано; не подтверждено</translation>
        </message>
        <message>
            <source>{sent} sent, {failed} not sent (they are tried again next time).</source>
            <translation>Отправлено: {sent}, не отправлено: {failed} (будут отправлены повторно в следующий раз).</translation>
        </message>
    </context>
    <context>
        <name>RoleGate</name>
        <message>
            <source>Your role ({role}) does not allow this; it is for: {roles}.</source>
            <translation>Ваша роль ({role}) этого не позволяет; это для: {roles}.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>database owner</source>
            <translation>владелец базы данных</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>центр</translation>
        </message>
        <message>
            <source>HR</source>
            <translation>отдел кадров</translation>
        </message>
        <message>
            <source>head of department</source>
            <translation>руководитель подразделения</translation>
        </message>
        <message>
            <source>viewer</source>
            <translation>только просмотр</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>без роли</translation>
        </message>
    </context>
    <context>
        <name>SavedFile</name>
        <message>
            <source>Saved</source>
            <translation>Сохранено</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Сохранено в {path}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Показать в папке</translation>
        </message>
        <message>
            <source>No program on this computer opens {kind} files. The file is in {folder}.</source>
            <translation>На этом компьютере нет программы, открывающей файлы {kind}. Файл находится в папке {folder}.</translation>
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
            <source>Heads of teaching departments and management training</source>
            <translation>Заведующие кафедрами и обучение менеджменту</translation>
        </message>
        <message>
            <source>Department requests due (month-day)</source>
            <translation>Срок подачи заявок кафедр (месяц-день)</translation>
        </message>
        <message>
            <source>Changes to the working-day calendar</source>
            <translation>Изменения в календаре рабочих дней</translation>
        </message>
        <message>
            <source>Deadlines before this day are history</source>
            <translation>Сроки до этого дня — история</translation>
        </message>
        <message>
            <source>Mail server (SMTP host)</source>
            <translation>Почтовый сервер (SMTP-хост)</translation>
        </message>
        <message>
            <source>Mail server port</source>
            <translation>Порт почтового сервера</translation>
        </message>
        <message>
            <source>Mail server security</source>
            <translation>Защита соединения с почтовым сервером</translation>
        </message>
        <message>
            <source>Mail server user</source>
            <translation>Пользователь почтового сервера</translation>
        </message>
        <message>
            <source>Sender address</source>
            <translation>Адрес отправителя</translation>
        </message>
        <message>
            <source>Sender name</source>
            <translation>Имя отправителя</translation>
        </message>
        <message>
            <source>HR e-mail addresses</source>
            <translation>Адреса эл. почты отдела кадров</translation>
        </message>
        <message>
            <source>Competence Centre e-mail addresses</source>
            <translation>Адреса эл. почты Центра компетенций</translation>
        </message>
        <message>
            <source>Language of e-mails</source>
            <translation>Язык писем</translation>
        </message>
        <message>
            <source>Remind of applications (days before)</source>
            <translation>Напоминать о заявлениях (за сколько дней)</translation>
        </message>
        <message>
            <source>Remind of certificates and reports (days before)</source>
            <translation>Напоминать о сертификатах и отчётах (за сколько дней)</translation>
        </message>
        <message>
            <source>Remind of the 3-year check (days before)</source>
            <translation>Напоминать о требовании за три года (за сколько дней)</translation>
        </message>
        <message>
            <source>Remind heads of department requests (days before)</source>
            <translation>Напоминать руководителям о заявках (за сколько дней)</translation>
        </message>
        <message>
            <source>Remind the centre of the plan (days before)</source>
            <translation>Напоминать Центру о плане (за сколько дней)</translation>
        </message>
        <message>
            <source>Remind of other deadlines (days before)</source>
            <translation>Напоминать о других сроках (за сколько дней)</translation>
        </message>
        <message>
            <source>Weekly digest to HR and heads on</source>
            <translation>День еженедельной сводки отделу кадров и руководителям</translation>
        </message>
        <message>
            <source>Digest looks ahead (days)</source>
            <translation>Сводка охватывает ближайшие (дней)</translation>
        </message>
        <message>
            <source>Daily backups kept</source>
            <translation>Хранить ежедневных копий</translation>
        </message>
        <message>
            <source>Weekly backups kept</source>
            <translation>Хранить еженедельных копий</translation>
        </message>
        <message>
            <source>Monthly backups kept</source>
            <translation>Хранить ежемесячных копий</translation>
        </message>
        <message>
            <source>Rector's title (Kazakh)</source>
            <translation>Должность ректора (на казахском языке)</translation>
        </message>
        <message>
            <source>Rector's title (Russian)</source>
            <translation>Должность ректора (на русском языке)</translation>
        </message>
        <message>
            <source>Rector (initials and surname)</source>
            <translation>Ректор (инициалы и фамилия)</translation>
        </message>
        <message>
            <source>Rector as addressee, Kazakh dative (Б.Қ. Сәрсеновке)</source>
            <translation>Ректор как адресат заявления, в дательном падеже по-казахски (Б.Қ. Сәрсеновке)</translation>
        </message>
        <message>
            <source>Rector as addressee, Russian dative (Сарсенову Б.К.)</source>
            <translation>Ректор как адресат заявления, в дательном падеже (Сарсенову Б.К.)</translation>
        </message>
        <message>
            <source>Head of the Competence Centre</source>
            <translation>Руководитель Центра компетенций</translation>
        </message>
        <message>
            <source>Head of HR</source>
            <translation>Начальник отдела кадров</translation>
        </message>
        <message>
            <source>a whole number from 1 to 65535</source>
            <translation>целое число от 1 до 65535</translation>
        </message>
        <message>
            <source>a whole number from 0 to 10000</source>
            <translation>целое число от 0 до 10000</translation>
        </message>
        <message>
            <source>one e-mail address</source>
            <translation>один адрес эл. почты</translation>
        </message>
        <message>
            <source>e-mail addresses separated by commas</source>
            <translation>адреса эл. почты через запятую</translation>
        </message>
        <message>
            <source>a date, YYYY-MM-DD</source>
            <translation>дата, ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <source>month and day, MM-DD</source>
            <translation>месяц и день, ММ-ДД</translation>
        </message>
        <message>
            <source>days before the due date (0 to 366) and the words {words}, separated by commas</source>
            <translation>дни до срока (от 0 до 366) и слова {words}, через запятую</translation>
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
            <source>Rector's title (Kazakh):</source>
            <translation>Должность ректора (на казахском):</translation>
        </message>
        <message>
            <source>Rector's title (Russian):</source>
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
            <source>working days (weekends and Kazakhstan's holidays skipped)</source>
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
            <source>whole weeks of the internship's days</source>
            <translation>полные недели по дням стажировки</translation>
        </message>
        <message>
            <source>every started week</source>
            <translation>каждая начатая неделя</translation>
        </message>
        <message>
            <source>only heads of administrative units and their deputies (E464 4.5)</source>
            <translation>только руководители административных подразделений и их заместители (Е464 4.5)</translation>
        </message>
        <message>
            <source>heads of teaching departments too</source>
            <translation>и заведующие кафедрами</translation>
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
            <source>Management training:</source>
            <translation>Обучение менеджменту:</translation>
        </message>
        <message>
            <source>A changed reading applies to deadlines and checks from this day; earlier dates keep the old one</source>
            <translation>Изменённое толкование применяется к срокам и проверкам с этого дня; для более ранних дат сохраняется прежнее</translation>
        </message>
        <message>
            <source>Changes take effect from:</source>
            <translation>Изменения действуют с:</translation>
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
            <source>Deadlines due before this day are history: hidden unless you ask for them</source>
            <translation>Сроки до этого дня считаются историей и скрыты, пока вы их не запросите</translation>
        </message>
        <message>
            <source>History before:</source>
            <translation>История до:</translation>
        </message>
        <message>
            <source>04.01.2027 off Government decree No …; …</source>
            <translation>04.01.2027 off Постановление Правительства № …; …</translation>
        </message>
        <message>
            <source>Each day: the date, 'off' or 'working', and the decree it comes from; separate days with ';'</source>
            <translation>Каждый день: дата, 'off' (выходной) или 'working' (рабочий) и постановление, откуда он; дни разделяйте знаком ';'</translation>
        </message>
        <message>
            <source>Working-day changes:</source>
            <translation>Перенос рабочих дней:</translation>
        </message>
        <message>
            <source>That day does not exist in that month.</source>
            <translation>В этом месяце нет такого дня.</translation>
        </message>
        <message>
            <source>Working-day changes, day {n}: «{line}» is not a date (DD.MM.YYYY) followed by 'off' or 'working'.</source>
            <translation>Перенос рабочих дней, день {n}: «{line}» — это не дата (ДД.ММ.ГГГГ), за которой следует 'off' или 'working'.</translation>
        </message>
    </context>
    <context>
        <name>SinceNotice</name>
        <message>
            <source>Since {date}: {deadlines} deadlines fell due or became overdue, {staff} staff became overdue. &lt;a href="deadlines"&gt;Show&lt;/a&gt;</source>
            <translation>С {date}: наступили или просрочены сроки — {deadlines}, просрочили сотрудники — {staff}. &lt;a href="deadlines"&gt;Показать&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>StaffModel</name>
        <message>
            <source>Not checked</source>
            <translation>Не проверяется</translation>
        </message>
        <message>
            <source>Due by the end of next year</source>
            <translation>Срок до конца следующего года</translation>
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
        <name>Standing</name>
        <message>
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <source>Due this year</source>
            <translation>Срок в этом году</translation>
        </message>
        <message>
            <source>Due next year</source>
            <translation>Срок в следующем году</translation>
        </message>
        <message>
            <source>New employee</source>
            <translation>Новый сотрудник</translation>
        </message>
        <message>
            <source>In order</source>
            <translation>В порядке</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <source>server init runs as the database's owner</source>
            <translation>server init запускается от имени владельца базы данных</translation>
        </message>
        <message>
            <source>'{login}': a login is up to 63 lower-case Latin letters, digits, '_', '.' or '-', starting with a letter</source>
            <translation>'{login}': логин — до 63 строчных латинских букв, цифр, '_', '.' или '-', начиная с буквы</translation>
        </message>
        <message>
            <source>'{role}': the role is one of {roles}</source>
            <translation>'{role}': роль — одна из {roles}</translation>
        </message>
        <message>
            <source>the password is empty</source>
            <translation>пароль пуст</translation>
        </message>
        <message>
            <source>a head needs at least one --department</source>
            <translation>заведующему нужна хотя бы одна --department</translation>
        </message>
        <message>
            <source>the user {login} already exists</source>
            <translation>пользователь {login} уже существует</translation>
        </message>
        <message>
            <source>the server already has a role called {login}</source>
            <translation>на сервере уже есть роль {login}</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>contains a control character ({code}), which is not allowed here</source>
            <translation>содержит управляющий символ ({code}), здесь он недопустим</translation>
        </message>
        <message>
            <source>contains a text-direction override ({code}), which is not allowed</source>
            <translation>содержит символ смены направления текста ({code}), он недопустим</translation>
        </message>
        <message>
            <source>longer than {limit} characters ({length})</source>
            <translation>длиннее {limit} символов ({length})</translation>
        </message>
        <message>
            <source>{value} is not plausible here: from {low} to {high}</source>
            <translation>{value} здесь неправдоподобно: допустимо от {low} до {high}</translation>
        </message>
        <message>
            <source>Control characters and direction overrides are not allowed</source>
            <translation>Управляющие символы и символы смены направления текста недопустимы</translation>
        </message>
        <message>
            <source>Too long</source>
            <translation>Слишком длинно</translation>
        </message>
        <message>
            <source>Not plausible</source>
            <translation>Неправдоподобно</translation>
        </message>
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
    <context>
        <name>WindowChart</name>
        <message>
            <source>{title}
ended {ended}, counts until {until}; {hours} h</source>
            <translation>{title}
окончено {ended}, учитывается до {until}; {hours} ч</translation>
        </message>
    </context>
</TS>
