<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>ActivitiesPage</name>
        <message>
            <source>Search by employee, title, provider, certificate…</source>
            <translation>Қызметкер, тақырып, ұйымдастырушы, сертификат бойынша іздеу…</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Барлық түрлері</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>Барлық кафедралар</translation>
        </message>
        <message>
            <source>Any year</source>
            <translation>Кез келген жыл</translation>
        </message>
        <message>
            <source>New activity…</source>
            <translation>Жаңа іс-шара…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ашу…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>Print applications…</source>
            <translation>Өтініштерді басып шығару…</translation>
        </message>
        <message>
            <source>The application to the rector for each selected activity, in one PDF</source>
            <translation>Таңдалған әр іс-шара бойынша ректордың атына өтініш, бір PDF файлында</translation>
        </message>
        <message>
            <source>Print listener's reports…</source>
            <translation>Тыңдаушы есептерін басып шығару…</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>Activity</source>
            <translation>Іс-шара</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Жаңа іс-шара</translation>
        </message>
        <message>
            <source>CPD</source>
            <translation>ҮКД</translation>
        </message>
        <message>
            <source>Employee:</source>
            <translation>Қызметкер:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Түрі:</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <translation>Қазақстан</translation>
        </message>
        <message>
            <source>from the country</source>
            <translation>ел бойынша анықтау</translation>
        </message>
        <message>
            <source>in the profile of the disciplines taught</source>
            <translation>оқытылатын пәндер бейіні бойынша</translation>
        </message>
        <message>
            <source>in the field of management</source>
            <translation>менеджмент саласында</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Тақырыбы:</translation>
        </message>
        <message>
            <source>Provider or host:</source>
            <translation>Ұйымдастырушы:</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Ел:</translation>
        </message>
        <message>
            <source>Scope:</source>
            <translation>Деңгейі:</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>Басталуы:</translation>
        </message>
        <message>
            <source>End:</source>
            <translation>Аяқталуы:</translation>
        </message>
        <message>
            <source>Hours:</source>
            <translation>Сағат:</translation>
        </message>
        <message>
            <source>Credits:</source>
            <translation>Кредит:</translation>
        </message>
        <message>
            <source>For the CPD credit units</source>
            <translation>ҮКД сынақ бірліктері үшін</translation>
        </message>
        <message>
            <source>with a talk</source>
            <translation>баяндамамен</translation>
        </message>
        <message>
            <source>Days:</source>
            <translation>Күн саны:</translation>
        </message>
        <message>
            <source>Journal quartile (1-4):</source>
            <translation>Журнал квартилі (1-4):</translation>
        </message>
        <message>
            <source>Author position:</source>
            <translation>Авторлық орны:</translation>
        </message>
        <message>
            <source>Test items reviewed:</source>
            <translation>Қаралған тест тапсырмалары:</translation>
        </message>
        <message>
            <source>Clinical cases reviewed:</source>
            <translation>Қаралған клиникалық сценарийлер:</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Өтініш</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Сертификат</translation>
        </message>
        <message>
            <source>Certificate copy</source>
            <translation>Сертификаттың көшірмесі</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Есеп</translation>
        </message>
        <message>
            <source>Supervisor's review</source>
            <translation>Жетекшінің пікірі</translation>
        </message>
        <message>
            <source>Department meeting</source>
            <translation>Кафедра отырысы</translation>
        </message>
        <message>
            <source>Implementation plan</source>
            <translation>Енгізу жоспары</translation>
        </message>
        <message>
            <source>Paperwork</source>
            <translation>Құжаттар</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Құжат</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Жағдайы</translation>
        </message>
        <message>
            <source>Application to the rector</source>
            <translation>Ректордың атына өтініш</translation>
        </message>
        <message>
            <source>choose an employee from the list</source>
            <translation>тізімнен қызметкерді таңдаңыз</translation>
        </message>
        <message>
            <source>Dated after the as-of day {date}: {fields}. Is that right?</source>
            <translation>Есеп күнінен {date} кейінгі күнмен: {fields}. Бұл дұрыс па?</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Бұйрық</translation>
        </message>
        <message>
            <source>Certificate or confirming document</source>
            <translation>Сертификат немесе растайтын құжат</translation>
        </message>
        <message>
            <source>Certificate copy handed in</source>
            <translation>Сертификаттың көшірмесі тапсырылды</translation>
        </message>
        <message>
            <source>Listener's report and certificate copy</source>
            <translation>Тыңдаушының есебі және сертификаттың көшірмесі</translation>
        </message>
        <message>
            <source>Attach the scan…</source>
            <translation>Скан-көшірмені тіркеу…</translation>
        </message>
        <message>
            <source>Host supervisor</source>
            <translation>Тағылымдама жетекшісі</translation>
        </message>
        <message>
            <source>Supervisor's review (sealed)</source>
            <translation>Жетекшінің пікірі (мөрмен)</translation>
        </message>
        <message>
            <source>Department meeting (protocol)</source>
            <translation>Кафедра отырысы (хаттама)</translation>
        </message>
        <message>
            <source>Implementation plan approved</source>
            <translation>Енгізу жоспары бекітілді</translation>
        </message>
        <message>
            <source>Cost, tenge:</source>
            <translation>Құны, теңге:</translation>
        </message>
        <message>
            <source>Funding:</source>
            <translation>Қаржыландыру:</translation>
        </message>
        <message>
            <source>Training contract No.:</source>
            <translation>Оқу шарты №:</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Қызметкер</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Тақырыбы</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Аяқталуы</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Сағат</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Кредит</translation>
        </message>
        <message>
            <source>Journal quartile</source>
            <translation>Журнал квартилі</translation>
        </message>
        <message>
            <source>Author position</source>
            <translation>Авторлық орны</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Құны</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Күн саны</translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>{date} дейін</translation>
        </message>
        <message>
            <source>The scan of the certificate</source>
            <translation>Сертификаттың скан-көшірмесі</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
            <translation>Скан-көшірмелер (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <source>{name} (copied when saved)</source>
            <translation>{name} (сақтаған кезде көшіріледі)</translation>
        </message>
        <message>
            <source>no scan attached</source>
            <translation>скан-көшірме тіркелмеген</translation>
        </message>
    </context>
    <context>
        <name>ActivityModel</name>
        <message>
            <source>Employee</source>
            <translation>Қызметкер</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Тақырыбы</translation>
        </message>
        <message>
            <source>Provider or host</source>
            <translation>Ұйымдастырушы</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Аяқталуы</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Сағат</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Сертификат</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Өтініш</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Есеп</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Ел</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Деңгейі</translation>
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
            <translation>Өзгеріс енгізу</translation>
        </message>
        <message>
            <source>Add a planned PD</source>
            <translation>Жоспарланған БА қосу</translation>
        </message>
        <message>
            <source>Remove an item</source>
            <translation>Тармақты алып тастау</translation>
        </message>
        <message>
            <source>Change an item</source>
            <translation>Тармақты өзгерту</translation>
        </message>
        <message>
            <source>Change:</source>
            <translation>Өзгеріс:</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>Тармақ:</translation>
        </message>
        <message>
            <source>Employee:</source>
            <translation>Қызметкер:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Күні:</translation>
        </message>
        <message>
            <source>Why the plan changes (required)</source>
            <translation>Жоспардың өзгеру себебі (міндетті)</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Себебі:</translation>
        </message>
    </context>
    <context>
        <name>ApproveDialog</name>
        <message>
            <source>Approve the plan for {year}</source>
            <translation>{year} жылға арналған жоспарды бекіту</translation>
        </message>
        <message>
            <source>e.g. Chairman of the Board – Rector</source>
            <translation>мысалы, Басқарма Төрағасы – Ректор</translation>
        </message>
        <message>
            <source>Approved on:</source>
            <translation>Бекітілген күні:</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>Кім бекітті:</translation>
        </message>
        <message>
            <source>After approval, every change is recorded as an amendment with its date and reason.</source>
            <translation>Бекітілгеннен кейін жоспардағы әрбір өзгеріс күні мен себебі көрсетіле отырып тіркеледі.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Try again</source>
            <translation>Қайталап көру</translation>
        </message>
        <message>
            <source>Restore the newest good backup…</source>
            <translation>Ең жаңа жарамды көшірмені қалпына келтіру…</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check</source>
            <translation>Тексеру</translation>
        </message>
        <message>
            <source>How the columns were read (choose a meaning for the ones not recognised, then check again):</source>
            <translation>Бағандар қалай танылды (танылмағандары үшін мағынасын таңдап, қайта тексеріңіз):</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Парақ</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Баған</translation>
        </message>
        <message>
            <source>Header in the file</source>
            <translation>Файлдағы тақырып</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Танылуы</translation>
        </message>
        <message>
            <source>Save the problems as .xlsx…</source>
            <translation>Мәселелерді .xlsx ретінде сақтау…</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Қайта тексеру</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>{name} файлы оқылуда…</translation>
        </message>
        <message>
            <source>{n} problems must be fixed in the file before it can be imported; nothing will be changed until then.</source>
            <translation>Импорттау алдында файлда түзетілуі тиіс қателер: {n}. Оған дейін ешқандай өзгеріс енгізілмейді.</translation>
        </message>
        <message>
            <source>The file can be imported. </source>
            <translation>Файлды импорттауға болады. </translation>
        </message>
        <message>
            <source>{n} warnings below.</source>
            <translation>Төменде ескертулер бар: {n}.</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— импортталмайды —</translation>
        </message>
        <message>
            <source>Save the problems</source>
            <translation>Мәселелерді сақтау</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Жол</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Мәні</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Мәселелер</translation>
        </message>
    </context>
    <context>
        <name>Checks</name>
        <message>
            <source>PD at least once in 3 years</source>
            <translation>3 жылда кемінде бір рет БА</translation>
        </message>
        <message>
            <source>72 hours in profile in 3 years</source>
            <translation>3 жылда бейін бойынша 72 сағат</translation>
        </message>
        <message>
            <source>36 hours in profile in 3 years</source>
            <translation>3 жылда бейін бойынша 36 сағат</translation>
        </message>
        <message>
            <source>Management PD once in 3 years</source>
            <translation>3 жылда бір рет менеджмент саласындағы БА</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Sheet</source>
            <translation>Парақ</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Жол</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Баған</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Мәні</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>The file was rejected; nothing was changed. Problems:</source>
            <translation>Файл қабылданбады, ешқандай өзгеріс енгізілген жоқ. Анықталған қателер:</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Ескертулер:</translation>
        </message>
        <message>
            <source>Checked, nothing was changed (dry run):</source>
            <translation>Тексерілді, ешқандай өзгеріс енгізілген жоқ (сынақ іске қосу):</translation>
        </message>
        <message>
            <source>Imported:</source>
            <translation>Импортталды:</translation>
        </message>
        <message>
            <source>Nothing changed: the register already holds everything in the file.</source>
            <translation>Ештеңе өзгерген жоқ: тізілімде файлдағының бәрі бар.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Деректер</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Қосылды</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Жаңартылды</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Өзгеріссіз</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Кафедралар</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Қызметкерлер</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>БА іс-шаралары</translation>
        </message>
        <message>
            <source>{count} deadlines fall before {date} and are treated as history ({open} of them not done). `deadlines --all` shows them; `import --history-date DATE` moves the date.</source>
            <translation>{count} мерзім {date} күнге дейін түседі және тарих ретінде қаралады (оның {open} орындалмаған). Оларды `deadlines --all` көрсетеді; күнді `import --history-date DATE` жылжытады.</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… тағы {n}</translation>
        </message>
        <message>
            <source>Written {path}: {staff} staff, {activities} activities, compliance as of {date}.</source>
            <translation>{path} файлы жазылды: қызметкерлер — {staff}, іс-шаралар — {activities}, талаптарға сәйкестік {date} жағдай бойынша.</translation>
        </message>
        <message>
            <source>Written {path}.</source>
            <translation>{path} файлы жазылды.</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Кафедра</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Келесі мерзімі</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Талаптар</translation>
        </message>
        <message>
            <source>{total} staff checked as of {date}; {overdue} overdue.</source>
            <translation>{date} жағдай бойынша тексерілген қызметкерлер: {total}; мерзімі өткендер: {overdue}.</translation>
        </message>
        <message>
            <source>Request of {department} for {year}</source>
            <translation>{department}: {year} жылға өтінім</translation>
        </message>
        <message>
            <source>Plan for {year}</source>
            <translation>{year} жылға арналған жоспар</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Мерзім түрі</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Жағдайы</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Қызметкер</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Іс-шара</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Орындалған күні</translation>
        </message>
        <message>
            <source>CPD credit units from {start} to {end}</source>
            <translation>{start} – {end} аралығындағы ҮКД сынақ бірліктері</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Тақырыбы</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Сынақ бірліктері</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Есептеу ережесі</translation>
        </message>
        <message>
            <source>Total: {units:g} credit units.</source>
            <translation>Барлығы: {units:g} сынақ бірлігі.</translation>
        </message>
        <message>
            <source>The demo academy is ready: {staff} staff, {activities} activities.</source>
            <translation>Демонстрациялық академия дайын: қызметкерлер — {staff}, іс-шаралар — {activities}.</translation>
        </message>
        <message>
            <source>Unexpected error; nothing was changed. Details are in {path}</source>
            <translation>Күтпеген қате; ешқандай өзгеріс енгізілген жоқ. Толығырақ мәліметтер: {path}</translation>
        </message>
        <message>
            <source>Warning: the register {path} is open read-only ({reason}).</source>
            <translation>Ескерту: {path} тізілімі тек оқу үшін ашылды ({reason}).</translation>
        </message>
        <message>
            <source>Backed up and verified: {path}</source>
            <translation>Сақтық көшірме жасалды және тексерілді: {path}</translation>
        </message>
        <message>
            <source>Restored {path} from {backup}. The register as it was is kept in {previous}.</source>
            <translation>{path} тізілімі {backup} көшірмесінен қалпына келтірілді. Тізілімнің бұрынғы күйі {previous} ретінде сақталды.</translation>
        </message>
        <message>
            <source>This register is on a PostgreSQL server; use the server's own tools.</source>
            <translation>Бұл тізілім PostgreSQL серверінде; сервердің өз құралдарын пайдаланыңыз.</translation>
        </message>
        <message>
            <source>Back up:</source>
            <translation>Сақтық көшірме жасау:</translation>
        </message>
        <message>
            <source>Restore (replaces the database's content):</source>
            <translation>Қалпына келтіру (дерекқор мазмұнын ауыстырады):</translation>
        </message>
        <message>
            <source>The newest good backup is {backup}. To restore it:</source>
            <translation>Ең жаңа жарамды сақтық көшірме — {backup}. Оны қалпына келтіру үшін:</translation>
        </message>
        <message>
            <source>The register holds a number JSON cannot express (not a number or infinite); correct it in the window, or use the table output.</source>
            <translation>Тізілімде JSON көрсете алмайтын сан бар (сан емес немесе шексіз); оны терезеде түзетіңіз немесе кесте түріндегі шығысты пайдаланыңыз.</translation>
        </message>
        <message>
            <source>Would be sent (dry run, nothing was sent):</source>
            <translation>Жіберілер еді (сынақ, ештеңе жіберілген жоқ):</translation>
        </message>
        <message>
            <source>Sent:</source>
            <translation>Жіберілді:</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Кімге</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тақырыбы</translation>
        </message>
        <message>
            <source>Not sent (tried again on the next run):</source>
            <translation>Жіберілмеді (келесі іске қосуда қайта жіберіледі):</translation>
        </message>
        <message>
            <source>Interrupted while being sent earlier; not sent again (check with the recipient):</source>
            <translation>Бұрын жіберу кезінде үзілді; қайта жіберілмейді (алушыдан нақтылаңыз):</translation>
        </message>
        <message>
            <source>No e-mail address:</source>
            <translation>Электрондық пошта мекенжайы жоқ:</translation>
        </message>
        <message>
            <source>{sent} sent, {failed} failed, {skipped} already sent before; as of {date}.</source>
            <translation>{sent} жіберілді, {failed} жіберілмеді, {skipped} бұрын жіберілген; {date} жағдайы бойынша.</translation>
        </message>
        <message>
            <source>Written {path}: {count} events.</source>
            <translation>{path} жазылды: {count} оқиға.</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Баптау</translation>
        </message>
        <message>
            <source>first set smtp_user, whose password it is</source>
            <translation>алдымен құпиясөз кімдікі екенін — smtp_user баптауын орнатыңыз</translation>
        </message>
        <message>
            <source>The password of {user} is kept in the system keyring.</source>
            <translation>{user} құпиясөзі жүйелік кілттер қоймасында сақталды.</translation>
        </message>
        <message>
            <source>The register is up to date; group roles: {roles}.</source>
            <translation>Тізілім жаңартылды; топтық рөлдер: {roles}.</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>Жаңа құпиясөз: </translation>
        </message>
        <message>
            <source>The same password again: </source>
            <translation>Сол құпиясөзді қайталаңыз: </translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed.</source>
            <translation>Екі құпиясөз сәйкес емес; ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <source>Added {login} ({role}).</source>
            <translation>{login} қосылды ({role}).</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Рөлі</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>өшірілген</translation>
        </message>
        <message>
            <source>active</source>
            <translation>белсенді</translation>
        </message>
        <message>
            <source>{login} is now {role}.</source>
            <translation>{login} енді — {role}.</translation>
        </message>
        <message>
            <source>{login} can no longer log in.</source>
            <translation>{login} енді кіре алмайды.</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Қашан (UTC)</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пайдаланушы</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Кесте</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Өзгерістер</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Staff</source>
            <translation>Қызметкерлер</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Кафедра (бөлімше)</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Лауазымы</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <source>Head or deputy</source>
            <translation>Басшы / орынбасар</translation>
        </message>
        <message>
            <source>Healthcare worker</source>
            <translation>Медицина қызметкері</translation>
        </message>
        <message>
            <source>Discipline profile</source>
            <translation>Пән бейіні</translation>
        </message>
        <message>
            <source>Hired on</source>
            <translation>Жұмысқа қабылданған күні</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Жұмыстан шыққан күні</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Эл. пошта</translation>
        </message>
        <message>
            <source>Faculty or division</source>
            <translation>Факультет / бөлім</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Category since</source>
            <translation>Санат берілген күні</translation>
        </message>
        <message>
            <source>Head since</source>
            <translation>Басшы болып тағайындалған күні</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Біліктілікті арттыру</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Тақырыбы</translation>
        </message>
        <message>
            <source>Provider or host</source>
            <translation>Ұйымдастырушы</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Ел</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Деңгейі</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Аяқталуы</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Сағат</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Кредит</translation>
        </message>
        <message>
            <source>In profile</source>
            <translation>Бейіні бойынша</translation>
        </message>
        <message>
            <source>Management</source>
            <translation>Менеджмент</translation>
        </message>
        <message>
            <source>Certificate No.</source>
            <translation>Сертификат №</translation>
        </message>
        <message>
            <source>Application submitted</source>
            <translation>Өтініш күні</translation>
        </message>
        <message>
            <source>Report submitted</source>
            <translation>Есеп күні</translation>
        </message>
        <message>
            <source>Certificate date</source>
            <translation>Сертификат күні</translation>
        </message>
        <message>
            <source>Certificate copy handed in</source>
            <translation>Сертификат көшірмесі тапсырылды</translation>
        </message>
        <message>
            <source>Order No.</source>
            <translation>Бұйрық №</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Бұйрық күні</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Құны</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Қаржыландыру көзі</translation>
        </message>
        <message>
            <source>Training contract No.</source>
            <translation>Оқу шарты №</translation>
        </message>
        <message>
            <source>Host supervisor</source>
            <translation>Тағылымдама жетекшісі</translation>
        </message>
        <message>
            <source>Supervisor review</source>
            <translation>Жетекші пікірінің күні</translation>
        </message>
        <message>
            <source>Meeting protocol No.</source>
            <translation>Отырыс хаттамасы №</translation>
        </message>
        <message>
            <source>Meeting date</source>
            <translation>Отырыс күні</translation>
        </message>
        <message>
            <source>Implementation plan</source>
            <translation>Енгізу жоспарының күні</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Күн саны</translation>
        </message>
        <message>
            <source>With a talk</source>
            <translation>Баяндамамен</translation>
        </message>
        <message>
            <source>Journal quartile</source>
            <translation>Журнал квартилі</translation>
        </message>
        <message>
            <source>Author position</source>
            <translation>Авторлық орны</translation>
        </message>
        <message>
            <source>Test items</source>
            <translation>Тест тапсырмалары</translation>
        </message>
        <message>
            <source>Clinical cases</source>
            <translation>Клиникалық сценарийлер</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>Талаптарға сәйкестік</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Талап</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Орындалды</translation>
        </message>
        <message>
            <source>Hours counted</source>
            <translation>Есепке алынған сағат</translation>
        </message>
        <message>
            <source>Hours required</source>
            <translation>Талап етілетін сағат</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Жағдай бойынша күні</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Басқа біреу өзгертті</translation>
        </message>
        <message>
            <source>{who} changed this record at {when} (UTC), after you opened it. Their version and yours differ here:</source>
            <translation>Сіз ашқаннан кейін {who} бұл жазбаны {when} (UTC) өзгертті. Оның нұсқасы мен сіздікі мына жерде ерекшеленеді:</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <source>Theirs (saved)</source>
            <translation>Оныкі (сақталған)</translation>
        </message>
        <message>
            <source>Yours (in the form)</source>
            <translation>Сіздікі (нысанда)</translation>
        </message>
        <message>
            <source>The fields you see are the same; their change was elsewhere.</source>
            <translation>Көріп тұрған өрістеріңіз бірдей; өзгеріс басқа жерде болған.</translation>
        </message>
        <message>
            <source>Use theirs</source>
            <translation>Оның нұсқасын алу</translation>
        </message>
        <message>
            <source>Save mine over theirs</source>
            <translation>Менікін оның үстінен сақтау</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Өңдеуді жалғастыру</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>Not saved: someone deleted this record after you opened it.</source>
            <translation>Сақталмады: сіз ашқаннан кейін бұл жазбаны біреу жойып жіберді.</translation>
        </message>
    </context>
    <context>
        <name>CountLabel</name>
        <message>
            <source>Nothing found</source>
            <translation>Ештеңе табылмады</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{total} ішінен {shown}</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Күтпеген қате орын алды</translation>
        </message>
        <message>
            <source>SKMA Training met an error it did not expect. Your data is safe: every change is saved in its own transaction, and the one that failed was not saved.

Please send the text below to the person who supports the application.</source>
            <translation>SKMA Training бағдарламасында күтпеген қате орын алды. Деректеріңіз қауіпсіз: әрбір өзгеріс жеке транзакцияда сақталады, ал сәтсіз аяқталған өзгеріс сақталған жоқ.

Төмендегі мәтінді бағдарламаны сүйемелдейтін маманға жіберіңіз.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Көшіру</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Журналдар қалтасын ашу</translation>
        </message>
    </context>
    <context>
        <name>Credits</name>
        <message>
            <source>{rate} per hour</source>
            <translation>1 сағат үшін {rate}</translation>
        </message>
        <message>
            <source>{rate} per credit</source>
            <translation>1 кредит үшін {rate}</translation>
        </message>
        <message>
            <source>{rate} each</source>
            <translation>әрқайсысы үшін {rate}</translation>
        </message>
        <message>
            <source>{rate} per day</source>
            <translation>1 күн үшін {rate}</translation>
        </message>
        <message>
            <source>{rate} with a talk</source>
            <translation>баяндамамен {rate}</translation>
        </message>
        <message>
            <source>{rate} for a Q{quartile} journal</source>
            <translation>Q{quartile} журналы үшін {rate}</translation>
        </message>
        <message>
            <source>{rate} ({scope})</source>
            <translation>{rate} ({scope})</translation>
        </message>
        <message>
            <source>{rate} per week ({weeks} weeks)</source>
            <translation>аптасына {rate} ({weeks} апта)</translation>
        </message>
        <message>
            <source>{rate} per year ({years} whole years in the window)</source>
            <translation>жылына {rate} (кезеңде {years} толық жыл)</translation>
        </message>
        <message>
            <source>1 per {items} test items, 1 per {cases} clinical cases</source>
            <translation>{items} тест тапсырмасы үшін 1, {cases} клиникалық сценарий үшін 1</translation>
        </message>
        <message>
            <source>no confirming document recorded</source>
            <translation>растайтын құжат тіркелмеген</translation>
        </message>
        <message>
            <source>not in the profile of the specialty</source>
            <translation>мамандық бейіні бойынша емес</translation>
        </message>
        <message>
            <source>author position does not qualify</source>
            <translation>авторлық орны есепке алынбайды</translation>
        </message>
        <message>
            <source>membership shorter than required</source>
            <translation>мүшелік мерзімі талап етілгеннен қысқа</translation>
        </message>
        <message>
            <source>membership not active on this date</source>
            <translation>мүшелік осы күні белсенді емес</translation>
        </message>
        <message>
            <source>less than a whole year inside the 5 years</source>
            <translation>5 жыл ішінде толық бір жылдан аз</translation>
        </message>
        <message>
            <source>not a document of republican level</source>
            <translation>республикалық деңгейдегі құжат емес</translation>
        </message>
        <message>
            <source>longer than a year: record each year separately</source>
            <translation>бір жылдан ұзақ: әр жылды жеке жазыңыз</translation>
        </message>
        <message>
            <source>no credit units for this kind</source>
            <translation>бұл түр үшін сынақ бірліктері берілмейді</translation>
        </message>
        <message>
            <source>hours, dates or other data missing</source>
            <translation>сағат, күн немесе басқа деректер көрсетілмеген</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>кк.аа.жжжж</translation>
        </message>
        <message>
            <source>Type the day (01.03.2025, 1.3.25 or 2025-03-01); Up and Down change it</source>
            <translation>Күнді жазыңыз (01.03.2025, 1.3.25 немесе 2025-03-01); жоғары және төмен пернелері оны өзгертеді</translation>
        </message>
        <message>
            <source>Pick the day in a calendar</source>
            <translation>Күнді күнтізбеден таңдау</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>not a date: type it as dd.mm.yyyy</source>
            <translation>бұл күн емес: кк.аа.жжжж түрінде жазыңыз</translation>
        </message>
        <message>
            <source>there is no such day</source>
            <translation>мұндай күн жоқ</translation>
        </message>
        <message>
            <source>the year {year} is not plausible</source>
            <translation>{year} жылы шындыққа сәйкес келмейді</translation>
        </message>
        <message>
            <source>a date is needed</source>
            <translation>күнін көрсету керек</translation>
        </message>
    </context>
    <context>
        <name>DeadlineModel</name>
        <message>
            <source>Request for {year}</source>
            <translation>{year} жылға өтінім</translation>
        </message>
        <message>
            <source>Plan for {year}</source>
            <translation>{year} жылға арналған жоспар</translation>
        </message>
        <message>
            <source>{n} d overdue</source>
            <translation>мерзімі {n} күн өтті</translation>
        </message>
        <message>
            <source>today</source>
            <translation>бүгін</translation>
        </message>
        <message>
            <source>in {n} d</source>
            <translation>{n} күннен кейін</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Күн</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Жағдайы</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Мерзім түрі</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Қызметкер</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Іс-шара</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Орындалған күні</translation>
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
            <translation>Өтініш</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Бұйрық</translation>
        </message>
        <message>
            <source>Certificate and report</source>
            <translation>Сертификат және есеп</translation>
        </message>
        <message>
            <source>Supervisor's review</source>
            <translation>Жетекшінің пікірі</translation>
        </message>
        <message>
            <source>Report approved by the department</source>
            <translation>Есепті кафедраның бекітуі</translation>
        </message>
        <message>
            <source>Implementation plan</source>
            <translation>Енгізу жоспары</translation>
        </message>
        <message>
            <source>Department request</source>
            <translation>Бөлімше өтінімі</translation>
        </message>
        <message>
            <source>Yearly plan</source>
            <translation>Жылдық жоспар</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Күтілуде</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Орындалды</translation>
        </message>
        <message>
            <source>Done late</source>
            <translation>Кешіктіріліп орындалды</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPage</name>
        <message>
            <source>Overdue</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Осы апта</translation>
        </message>
        <message>
            <source>Next 30 days</source>
            <translation>Алдағы 30 күн</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Барлығы</translation>
        </message>
        <message>
            <source>Search by employee or activity…</source>
            <translation>Қызметкер немесе іс-шара бойынша іздеу…</translation>
        </message>
        <message>
            <source>All deadlines</source>
            <translation>Барлық мерзімдер</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>Барлық кафедралар</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>Кез келген жағдай</translation>
        </message>
        <message>
            <source>Print the overdue list…</source>
            <translation>Мерзімі өткендер тізімін басып шығару…</translation>
        </message>
        <message>
            <source>Export the list…</source>
            <translation>Тізімді экспорттау…</translation>
        </message>
        <message>
            <source>The list as shown (filter and order) into an Excel workbook</source>
            <translation>Тізім экрандағыдай (сүзгісі мен реті) Excel кітабына</translation>
        </message>
        <message numerus="yes">
            <source>%n older items treated as history (before {date}) are shown — &lt;a href='hide'&gt;hide them&lt;/a&gt;</source>
            <translation>
                <numerusform>{date} дейінгі %n ескі мерзім көрсетілді — &lt;a href='hide'&gt;жасыру&lt;/a&gt;</numerusform>
                <numerusform>{date} дейінгі %n ескі мерзім көрсетілді — &lt;a href='hide'&gt;жасыру&lt;/a&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older items treated as history (before {date}) — &lt;a href='show'&gt;show them&lt;/a&gt;</source>
            <translation>
                <numerusform>{date} дейінгі %n ескі мерзім тарих ретінде қаралады — &lt;a href='show'&gt;көрсету&lt;/a&gt;</numerusform>
                <numerusform>{date} дейінгі %n ескі мерзім тарих ретінде қаралады — &lt;a href='show'&gt;көрсету&lt;/a&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>Overdue applications and reports</source>
            <translation>Мерзімі өткен өтініштер мен есептер</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Мерзімдер</translation>
        </message>
        <message numerus="yes">
            <source>As of {date}; %n rows</source>
            <translation>
                <numerusform>{date} күнгі жағдай; %n жол</numerusform>
                <numerusform>{date} күнгі жағдай; %n жол</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Departments</name>
        <message>
            <source>a department needs a name</source>
            <translation>бөлімшенің атауы болуы керек</translation>
        </message>
        <message>
            <source>there is already a department called «{name}»</source>
            <translation>«{name}» деген бөлімше бұрыннан бар</translation>
        </message>
        <message>
            <source>{n} employees still work in «{name}»: merge it into another department instead</source>
            <translation>«{name}» бөлімшесінде әлі {n} қызметкер жұмыс істейді: оның орнына оны басқа бөлімшеге біріктіріңіз</translation>
        </message>
        <message>
            <source>a department cannot be merged into itself</source>
            <translation>бөлімшені өзімен біріктіруге болмайды</translation>
        </message>
        <message>
            <source>the head must work in the department</source>
            <translation>басшы осы бөлімшеде жұмыс істеуі керек</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsDialog</name>
        <message>
            <source>Departments</source>
            <translation>Бөлімшелер</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>In Kazakh</source>
            <translation>Қазақша</translation>
        </message>
        <message>
            <source>In Russian</source>
            <translation>Орысша</translation>
        </message>
        <message>
            <source>Faculty</source>
            <translation>Факультет</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>Басшысы</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Қызметкерлер</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Қосу…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Атауын өзгерту…</translation>
        </message>
        <message>
            <source>Merge into…</source>
            <translation>Біріктіру…</translation>
        </message>
        <message>
            <source>Assign the head…</source>
            <translation>Басшыны тағайындау…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Біріктіру</translation>
        </message>
        <message>
            <source>Move everyone and every plan request of «{name}» to:</source>
            <translation>«{name}» бөлімшесінің барлық қызметкерлері мен жоспар өтінімдерін мұнда ауыстыру:</translation>
        </message>
        <message>
            <source>«{source}» ({n} staff) becomes part of «{target}» and is removed. Continue?</source>
            <translation>«{source}» ({n} қызметкер) «{target}» құрамына кіріп, жойылады. Жалғастыру керек пе?</translation>
        </message>
        <message>
            <source>Remove «{name}»? Former staff keep their records.</source>
            <translation>«{name}» жойылсын ба? Бұрынғы қызметкерлердің жазбалары сақталады.</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(ешкім)</translation>
        </message>
        <message>
            <source>The head</source>
            <translation>Басшы</translation>
        </message>
        <message>
            <source>The head of «{name}»:</source>
            <translation>«{name}» басшысы:</translation>
        </message>
    </context>
    <context>
        <name>EmployeeCard</name>
        <message>
            <source>Details</source>
            <translation>Мәліметтер</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Кафедра</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Лауазымы</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <source>Also</source>
            <translation>Қосымша</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Жұмысқа қабылданған күні</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Байланыс</translation>
        </message>
        <message>
            <source>Edit employee…</source>
            <translation>Қызметкер деректерін өңдеу…</translation>
        </message>
        <message>
            <source>CPD form…</source>
            <translation>ҮКД нысаны…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Тарихы…</translation>
        </message>
        <message>
            <source>Who changed this employee's record, when, from what to what</source>
            <translation>Бұл қызметкердің жазбасын кім, қашан, неден неге өзгерткені</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Талаптар</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Ереже</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Орындалды</translation>
        </message>
        <message>
            <source>Hours counted</source>
            <translation>Есепке алынған сағат</translation>
        </message>
        <message>
            <source>Hours required</source>
            <translation>Талап етілетін сағат</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Іс-шаралар</translation>
        </message>
        <message>
            <source>New activity…</source>
            <translation>Жаңа іс-шара…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ашу…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>CPD credit units (healthcare, last 5 years)</source>
            <translation>ҮКД сынақ бірліктері (медицина қызметкерлері, соңғы 5 жыл)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Іс-шара</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Жол</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Бірлік</translation>
        </message>
        <message>
            <source>Choose an employee in the list.</source>
            <translation>Тізімнен қызметкерді таңдаңыз.</translation>
        </message>
        <message>
            <source>Not checked on {date}: not employed then.</source>
            <translation>{date} күні тексерілмейді: ол кезде жұмыс істемеген.</translation>
        </message>
        <message>
            <source>Overdue since {date}.</source>
            <translation>{date} бастап мерзімі өткен.</translation>
        </message>
        <message>
            <source>Overdue: no PD on record and no hire date to count from.</source>
            <translation>Мерзімі өткен: БА туралы мәлімет жоқ және есептеу басталатын жұмысқа қабылданған күн көрсетілмеген.</translation>
        </message>
        <message>
            <source>Compliant until {date}.</source>
            <translation>{date} дейін талаптарға сәйкес.</translation>
        </message>
        <message>
            <source>head or deputy</source>
            <translation>басшы немесе орынбасар</translation>
        </message>
        <message>
            <source>healthcare worker</source>
            <translation>медицина қызметкері</translation>
        </message>
        <message>
            <source>left {date}</source>
            <translation>{date} жұмыстан шықты</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>иә</translation>
        </message>
        <message>
            <source>no</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>{title} · {hours} h</source>
            <translation>{title} · {hours} сағ.</translation>
        </message>
        <message>
            <source>{rule}: the window from {start} to {end}. Each bar runs from the day an activity ended to the last day it counts.</source>
            <translation>{rule}: {start} – {end} аралығы. Әр жолақ іс-шара аяқталған күннен бастап ол есепке алынатын соңғы күнге дейінгі кезеңді көрсетеді.</translation>
        </message>
        <message>
            <source>{units} credit units from {start} to {end}</source>
            <translation>{start} – {end} аралығында {units} сынақ бірлігі</translation>
        </message>
    </context>
    <context>
        <name>EmployeeDialog</name>
        <message>
            <source>Employee</source>
            <translation>Қызметкер</translation>
        </message>
        <message>
            <source>New employee</source>
            <translation>Жаңа қызметкер</translation>
        </message>
        <message>
            <source>head of a unit or deputy (management PD every 3 years)</source>
            <translation>бөлімше басшысы немесе орынбасары (3 жылда бір рет менеджмент саласындағы БА)</translation>
        </message>
        <message>
            <source>healthcare worker (CPD credit units)</source>
            <translation>медицина қызметкері (ҮКД сынақ бірліктері)</translation>
        </message>
        <message>
            <source>head of a teaching department (not a management post)</source>
            <translation>кафедра меңгерушісі (басқару лауазымы емес)</translation>
        </message>
        <message>
            <source>From this day the new category or head status holds; checks of earlier days use the one before</source>
            <translation>Жаңа санат немесе басшы мәртебесі осы күннен бастап күшінде; бұрынғы күндердің тексерулері алдыңғысын қолданады</translation>
        </message>
        <message>
            <source>IIN:</source>
            <translation>ЖСН:</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Аты-жөні:</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>Кафедра:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Лауазымы:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Санаты:</translation>
        </message>
        <message>
            <source>Status changed on:</source>
            <translation>Мәртебе өзгерген күн:</translation>
        </message>
        <message>
            <source>Discipline profile:</source>
            <translation>Пән бейіні:</translation>
        </message>
        <message>
            <source>Hired on:</source>
            <translation>Жұмысқа қабылданған күні:</translation>
        </message>
        <message>
            <source>Dismissed on</source>
            <translation>Жұмыстан шыққан күні</translation>
        </message>
        <message>
            <source>Hired on</source>
            <translation>Жұмысқа қабылданған күні</translation>
        </message>
        <message>
            <source>Status changed on</source>
            <translation>Мәртебе өзгерген күн</translation>
        </message>
        <message>
            <source>Email:</source>
            <translation>Эл. пошта:</translation>
        </message>
        <message>
            <source>Dismissed on:</source>
            <translation>Жұмыстан шыққан күні:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Телефон:</translation>
        </message>
        <message>
            <source>The day of the dismissal: from the next day the employee is no longer checked, and the record and its history are kept</source>
            <translation>Жұмыстан шығу күні: келесі күннен бастап қызметкер тексерілмейді, ал жазба мен оның тарихы сақталады</translation>
        </message>
        <message>
            <source>give the day the new status holds from</source>
            <translation>жаңа мәртебе күшіне енетін күнді көрсетіңіз</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
    </context>
    <context>
        <name>EmployeePicker</name>
        <message>
            <source>Type a name, IIN or department and choose from the list</source>
            <translation>Аты-жөнін, ЖСН-ін немесе бөлімшені жазып, тізімнен таңдаңыз</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The operation could not be completed.</source>
            <translation>Операцияны орындау мүмкін болмады.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of SKMA Training (schema {revision}). It was not opened and nothing in it was changed. Please update the application.</source>
            <translation>{path} дерекқоры SKMA Training бағдарламасының жаңарақ нұсқасымен жазылған (схема {revision}). Дерекқор ашылмады және онда ешқандай өзгеріс енгізілген жоқ. Бағдарламаны жаңартыңыз.</translation>
        </message>
        <message>
            <source>The database {path} is busy: another program is writing to it. Try again in a moment.</source>
            <translation>{path} дерекқоры бос емес: оған басқа бағдарлама жазып жатыр. Біраз уақыттан кейін қайталап көріңіз.</translation>
        </message>
        <message>
            <source>The file {path} is not an SKMA Training database or is damaged: {reason}</source>
            <translation>{path} файлы SKMA Training дерекқоры емес немесе зақымдалған: {reason}</translation>
        </message>
        <message>
            <source>The database {path} could not be upgraded; it was left as it was. A copy was saved as {backup}. Reason: {reason}</source>
            <translation>{path} дерекқорын жаңарту мүмкін болмады; ол өзгеріссіз қалдырылды. Көшірмесі {backup} ретінде сақталды. Себебі: {reason}</translation>
        </message>
        <message>
            <source>There is no space left on the disk to write {path}. Free some space and try again.</source>
            <translation>Дискіде {path} жазу үшін бос орын жоқ. Орын босатып, қайталап көріңіз.</translation>
        </message>
        <message>
            <source>The disk that holds {path} could not read or write it (disk I/O error): it may be full, removed or failing. The change was not saved. Free some space or check the disk, then try again.</source>
            <translation>{path} орналасқан диск оны оқи немесе жаза алмады (дискінің енгізу-шығару қатесі): диск толып қалған, ажыратылған немесе ақаулы болуы мүмкін. Өзгеріс сақталмады. Орын босатыңыз немесе дискіні тексеріп, қайталап көріңіз.</translation>
        </message>
        <message>
            <source>{what} was not found.</source>
            <translation>Табылмады: {what}.</translation>
        </message>
        <message>
            <source>There is no register at {path}. Check the path given with --db; a new register is created only by import, demo or the window's first start.</source>
            <translation>{path} жолында тізілім жоқ. --db арқылы берілген жолды тексеріңіз; жаңа тізілімді тек import, demo немесе терезенің алғашқы іске қосылуы жасайды.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a register file. Give the path of the database file itself.</source>
            <translation>{path} — тізілім файлы емес, қалта. Дерекқор файлының өз жолын көрсетіңіз.</translation>
        </message>
        <message>
            <source>The file {path} is empty (0 bytes), so it holds no register. It was left as it is. Restore a backup over it or give another file.</source>
            <translation>{path} файлы бос (0 байт), онда тізілім жоқ. Ол өзгеріссіз қалдырылды. Оның орнына сақтық көшірмені қалпына келтіріңіз немесе басқа файлды көрсетіңіз.</translation>
        </message>
        <message>
            <source>The file {path} is not an SKMA Training register: it is not an SQLite database. It was left as it is. Check the path.</source>
            <translation>{path} файлы SKMA Training тізілімі емес: бұл SQLite дерекқоры емес. Ол өзгеріссіз қалдырылды. Жолды тексеріңіз.</translation>
        </message>
        <message>
            <source>The register {path} is damaged ({reason}). Nothing was written to it. Restore a good backup with: skma-training restore BACKUP-FILE</source>
            <translation>{path} тізілімі зақымдалған ({reason}). Оған ештеңе жазылған жоқ. Жарамды сақтық көшірмені мына командамен қалпына келтіріңіз: skma-training restore BACKUP-FILE</translation>
        </message>
        <message>
            <source>The register {path} is read-only: it can be read but not changed. Nothing was changed. Ask for write access to the file, or copy it to a folder of your own.</source>
            <translation>{path} тізілімі тек оқуға арналған: оны оқуға болады, бірақ өзгертуге болмайды. Ештеңе өзгертілген жоқ. Файлға жазу құқығын сұраңыз немесе оны өз қалтаңызға көшіріңіз.</translation>
        </message>
        <message>
            <source>The folder {path} is read-only: the register cannot be written there. Nothing was changed. Choose a folder you can write to, or ask for write access.</source>
            <translation>{path} қалтасы тек оқуға арналған: тізілімді онда жазу мүмкін емес. Ештеңе өзгертілген жоқ. Жазуға болатын қалтаны таңдаңыз немесе жазу құқығын сұраңыз.</translation>
        </message>
        <message>
            <source>The register {path} is open for changes in another window ({holder}). Close that window and try again.</source>
            <translation>{path} тізілімі басқа терезеде өзгерту үшін ашық ({holder}). Сол терезені жауып, қайталап көріңіз.</translation>
        </message>
        <message>
            <source>This register is open read-only ({reason}); nothing was changed.</source>
            <translation>Бұл тізілім тек оқу үшін ашылған ({reason}); ештеңе өзгертілген жоқ.</translation>
        </message>
        <message>
            <source>it is damaged</source>
            <translation>ол зақымдалған</translation>
        </message>
        <message>
            <source>the file or its folder is read-only</source>
            <translation>файл немесе оның қалтасы тек оқуға арналған</translation>
        </message>
        <message>
            <source>it is open for changes in another window</source>
            <translation>ол басқа терезеде өзгерту үшін ашық</translation>
        </message>
        <message>
            <source>The database server {server} does not answer (connection refused). Check that it is running and that the address is right, or ask its administrator.</source>
            <translation>{server} дерекқор сервері жауап бермейді (қосылудан бас тартылды). Оның жұмыс істеп тұрғанын және мекенжайдың дұрыстығын тексеріңіз немесе әкімшісіне хабарласыңыз.</translation>
        </message>
        <message>
            <source>The database server {server} refused the login: the user name or password is wrong. Check them, or ask its administrator.</source>
            <translation>{server} дерекқор сервері кіруден бас тартты: пайдаланушы аты немесе құпиясөз қате. Оларды тексеріңіз немесе әкімшісіне хабарласыңыз.</translation>
        </message>
        <message>
            <source>The database server refused this change: your account may not make it (permission denied by a policy). Nothing was changed. Ask the administrator for the right role.</source>
            <translation>Дерекқор сервері бұл өзгерістен бас тартты: сіздің тіркелгіңізге оны жасауға рұқсат жоқ (саясат тыйым салды). Ештеңе өзгертілген жоқ. Әкімшіден тиісті рөлді сұраңыз.</translation>
        </message>
        <message>
            <source>Access to {path} was denied. Nothing was changed. Ask for access, or choose another place.</source>
            <translation>{path} жолына кіруге рұқсат берілмеді. Ештеңе өзгертілген жоқ. Рұқсат сұраңыз немесе басқа орынды таңдаңыз.</translation>
        </message>
        <message>
            <source>{path} does not exist. Check the name and the folder.</source>
            <translation>{path} жоқ. Атауы мен қалтасын тексеріңіз.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is read-only. Nothing was changed. Choose another place.</source>
            <translation>{path} орналасқан диск тек оқуға арналған. Ештеңе өзгертілген жоқ. Басқа орынды таңдаңыз.</translation>
        </message>
        <message>
            <source>The file {path} cannot be read: {reason}</source>
            <translation>{path} файлын оқу мүмкін емес: {reason}</translation>
        </message>
        <message>
            <source>it does not exist</source>
            <translation>файл жоқ</translation>
        </message>
        <message>
            <source>it is not an Excel or OpenDocument workbook (.xlsx, .xls, .ods)</source>
            <translation>бұл Excel немесе OpenDocument кітабы емес (.xlsx, .xls, .ods)</translation>
        </message>
        <message>
            <source>it is larger than {limit} MB</source>
            <translation>файл көлемі {limit} МБ шегінен асады</translation>
        </message>
        <message>
            <source>it unpacks to far more data than a staff workbook holds (a damaged or hostile file)</source>
            <translation>ашылғанда қызметкерлер кітабына тән көлемнен әлдеқайда көп деректер шығады (файл зақымдалған немесе зиянды)</translation>
        </message>
        <message>
            <source>the sheet «{sheet}» has more than {limit} rows</source>
            <translation>«{sheet}» парағындағы жолдар саны {limit} шегінен асады</translation>
        </message>
        <message>
            <source>the workbook is damaged or encrypted ({detail})</source>
            <translation>кітап зақымдалған немесе шифрланған ({detail})</translation>
        </message>
        <message>
            <source>the sheet «{sheet}» reaches cell {cell}, more than {limit} cells to read; delete the empty rows and columns after the data and save it again</source>
            <translation>«{sheet}» парағы {cell} ұяшығына дейін жетеді, оқуға {limit} ұяшықтан артық; деректерден кейінгі бос жолдар мен бағандарды жойып, файлды қайта сақтаңыз</translation>
        </message>
        <message>
            <source>the reader failed on it ({detail}); the file is damaged or deliberately malformed</source>
            <translation>оқу бағдарламасы оны оқи алмады ({detail}); файл зақымдалған немесе әдейі бұзылған</translation>
        </message>
        <message>
            <source>The file {path} could not be written: {reason}</source>
            <translation>{path} файлын жазу мүмкін болмады: {reason}</translation>
        </message>
        <message>
            <source>{path} is not an ordinary file (it is a link, a device or a folder), so nothing was written there. Choose a file name in a folder.</source>
            <translation>{path} — кәдімгі файл емес (сілтеме, құрылғы немесе қалта), сондықтан оған ештеңе жазылған жоқ. Қалтадағы файл атауын таңдаңыз.</translation>
        </message>
        <message>
            <source>The database already holds {count} employees; the demo academy fills only an empty one.</source>
            <translation>Дерекқорда қызметкерлер бар (саны: {count}); демонстрациялық академия тек бос дерекқорға ғана толтырылады.</translation>
        </message>
        <message>
            <source>Not saved: {problems}</source>
            <translation>Сақталмады: {problems}</translation>
        </message>
        <message>
            <source>Another employee already has the IIN {iin}.</source>
            <translation>ЖСН {iin} басқа қызметкерге тіркелген.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>Болдырылмады: ешқандай өзгеріс енгізілген жоқ.</translation>
        </message>
        <message>
            <source>The plan for {year} is approved; record the change as an amendment with its reason.</source>
            <translation>{year} жылға арналған жоспар бекітілген; өзгерісті себебін көрсете отырып, түзету ретінде тіркеңіз.</translation>
        </message>
        <message>
            <source>An amendment needs a reason.</source>
            <translation>Түзету үшін себебін көрсету қажет.</translation>
        </message>
        <message>
            <source>The plan for {year} is not approved yet: edit it directly.</source>
            <translation>{year} жылға арналған жоспар әлі бекітілмеген: оны тікелей өңдеңіз.</translation>
        </message>
        <message>
            <source>No employee with IIN {iin}</source>
            <translation>ЖСН {iin} бойынша қызметкер табылмады</translation>
        </message>
        <message>
            <source>No department called «{name}»</source>
            <translation>«{name}» кафедрасы табылмады</translation>
        </message>
        <message>
            <source>The document template {path} is damaged: {reason}</source>
            <translation>{path} құжат үлгісі зақымдалған: {reason}</translation>
        </message>
        <message>
            <source>SKMA Training</source>
            <translation>SKMA Training</translation>
        </message>
        <message>
            <source>There is no document called «{name}».</source>
            <translation>«{name}» деген құжат жоқ.</translation>
        </message>
        <message>
            <source>{path}: this document is saved as {suffixes}.</source>
            <translation>{path}: бұл құжат тек {suffixes} пішімінде сақталады.</translation>
        </message>
        <message>
            <source>Official documents are printed in Kazakh (kk) or Russian (ru), not «{lang}»: choose --lang kk or --lang ru (or --doc-lang kk|ru).</source>
            <translation>Ресми құжаттар қазақ (kk) немесе орыс (ru) тілінде басылады, «{lang}» тілінде емес: --lang kk немесе --lang ru (не --doc-lang kk|ru) таңдаңыз.</translation>
        </message>
        <message>
            <source>{name} (IIN {iin}) is not a healthcare worker: the CPD confirmation form (ҚР ДСМ-283/2020) is only for healthcare workers.</source>
            <translation>{name} (ЖСН {iin}) денсаулық сақтау қызметкері емес: ҮКД нәтижелерін растау нысаны (ҚР ДСМ-283/2020) тек денсаулық сақтау қызметкерлеріне арналған.</translation>
        </message>
        <message>
            <source>Choose the department whose summary to print.</source>
            <translation>Жиынтығын басып шығару қажет кафедраны таңдаңыз.</translation>
        </message>
        <message>
            <source>Choose the employee (IIN) or the activity to print this document for.</source>
            <translation>Осы құжат басып шығарылатын қызметкерді (ЖСН) немесе іс-шараны таңдаңыз.</translation>
        </message>
        <message>
            <source>No activity with number {id}.</source>
            <translation>{id} нөмірлі іс-шара табылмады.</translation>
        </message>
        <message>
            <source>{name} (IIN {iin}) has no PD activity recorded.</source>
            <translation>{name} (ЖСН {iin}) үшін тіркелген БА іс-шарасы жоқ.</translation>
        </message>
        <message>
            <source>{name} (IIN {iin}) has no internship recorded.</source>
            <translation>{name} (ЖСН {iin}) үшін тіркелген тағылымдама жоқ.</translation>
        </message>
        <message>
            <source>Activity {id} is not a PD course or internship: «{title}».</source>
            <translation>{id} іс-шарасы БА курсы немесе тағылымдама емес: «{title}».</translation>
        </message>
        <message>
            <source>Activity {id} is not an internship: «{title}».</source>
            <translation>{id} іс-шарасы тағылымдама емес: «{title}».</translation>
        </message>
        <message>
            <source>This register is on a database server; back it up with the server's own tools.</source>
            <translation>Тізілім дерекқор серверінде сақталады; сақтық көшірмені сервердің өз құралдарымен жасаңыз.</translation>
        </message>
        <message>
            <source>The password could not be stored in the system keyring ({reason}). Set SKMA_TRAINING_SMTP_PASSWORD for the scheduled task instead.</source>
            <translation>Құпиясөзді жүйелік кілттер қоймасына сақтау мүмкін болмады ({reason}). Оның орнына жоспарланған тапсырма үшін SKMA_TRAINING_SMTP_PASSWORD айнымалысын орнатыңыз.</translation>
        </message>
        <message>
            <source>The server refused the change: your role may not make it. Nothing was changed. ({reason})</source>
            <translation>Сервер өзгерісті қабылдамады: сіздің рөліңізге бұған рұқсат жоқ. Ештеңе өзгертілмеді. ({reason})</translation>
        </message>
        <message>
            <source>Could not connect to the shared register ({reason}). Check the server's address, your login and password (the command line reads it from ~/.pgpass or PGPASSWORD).</source>
            <translation>Ортақ тізілімге қосылу мүмкін болмады ({reason}). Сервер мекенжайын, логин мен құпиясөзді тексеріңіз (командалық жол оны ~/.pgpass немесе PGPASSWORD ішінен оқиды).</translation>
        </message>
        <message>
            <source>The backup of {path} failed its check ({reason}) and was removed; no backup was kept. The register itself may be damaged: see the backups folder for an older one.</source>
            <translation>{path} сақтық көшірмесі тексеруден өтпеді ({reason}) және жойылды; сақтық көшірме сақталмады. Тізілімнің өзі зақымдалған болуы мүмкін: ескірек көшірмені backups қалтасынан қараңыз.</translation>
        </message>
        <message>
            <source>The scan's path «{path}» leads outside the attachments folder; it was not used.</source>
            <translation>Скан жолы «{path}» тіркемелер қалтасынан тыс жерге апарады; ол пайдаланылмады.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Сақталмады: {reason}</translation>
        </message>
        <message>
            <source>The e-mail template {path} is damaged: {reason}</source>
            <translation>{path} хат үлгісі зақымдалған: {reason}</translation>
        </message>
        <message>
            <source>No mail server is set: skma-training settings set {key} VALUE</source>
            <translation>Пошта сервері көрсетілмеген: skma-training settings set {key} МӘНІ</translation>
        </message>
        <message>
            <source>The language of e-mails is kk or ru, not «{lang}»</source>
            <translation>Хаттардың тілі — kk немесе ru, «{lang}» емес</translation>
        </message>
        <message>
            <source>The backup {path} cannot be restored: {reason}. The register was not changed.</source>
            <translation>{path} сақтық көшірмесін қалпына келтіру мүмкін емес: {reason}. Тізілім өзгертілген жоқ.</translation>
        </message>
        <message>
            <source>«{value}» is not a valid value of {key}. Allowed: {allowed}</source>
            <translation>«{value}» — {key} үшін жарамсыз мән. Рұқсат етілгені: {allowed}</translation>
        </message>
        <message>
            <source>There is no setting called «{key}». Settings: {keys}</source>
            <translation>«{key}» деген баптау жоқ. Баптаулар: {keys}</translation>
        </message>
        <message>
            <source>Not saved: the IIN {iin} already belongs to {name} ({department}).</source>
            <translation>Сақталмады: {iin} ЖСН-і {name} қызметкеріне тиесілі ({department}).</translation>
        </message>
        <message>
            <source>Users and roles need the shared PostgreSQL register; {path} is a file on this computer. Open the register with --db postgresql://USER@HOST:PORT/DB.</source>
            <translation>Пайдаланушылар мен рөлдер ортақ PostgreSQL тізілімін қажет етеді; {path} — осы компьютердегі файл. Тізілімді --db postgresql://USER@HOST:PORT/DB арқылы ашыңыз.</translation>
        </message>
        <message>
            <source>The server refused: only the database owner (IT) or a centre administrator may do this. {reason}</source>
            <translation>Сервер бас тартты: мұны тек дерекқор иесі (IT) немесе орталық әкімшісі жасай алады. {reason}</translation>
        </message>
        <message>
            <source>Not saved: {what} was changed by {who} at {when} (UTC) after you opened it. Reload it to see their version, then apply your changes again.</source>
            <translation>Сақталмады: сіз ашқаннан кейін {what} жазбасын {who} {when} (UTC) уақытта өзгертті. Оның нұсқасын көру үшін қайта жүктеп, өз өзгерістеріңізді қайта енгізіңіз.</translation>
        </message>
        <message>
            <source>Nothing was imported: while the import ran, {who} changed {what} at {when} (UTC), and {count} of the records the file updates were changed meanwhile. Run the import again: it compares the file with the register as it is now.</source>
            <translation>Ештеңе импортталмады: импорт жүріп жатқанда {who} {when} (UTC) кезінде {what} жазбасын өзгертті, файл жаңартатын жазбалардың {count} осы уақытта өзгерді. Импортты қайта іске қосыңыз: ол файлды тізілімнің қазіргі күйімен салыстырады.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Экспорттау</translation>
        </message>
        <message>
            <source>The register: staff, activities and compliance on a date</source>
            <translation>Тізілім: қызметкерлер, іс-шаралар және белгілі бір күнгі талаптарға сәйкестік</translation>
        </message>
        <message>
            <source>An empty template to fill in and import</source>
            <translation>Толтыруға және импорттауға арналған бос үлгі</translation>
        </message>
        <message>
            <source>Register of professional development</source>
            <translation>Біліктілікті арттыру тізілімі</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <source>As of:</source>
            <translation>Жағдай бойынша күні:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Тіл:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Файлға экспорттау</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>{name} файлы жазылуда…</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the workbook</source>
            <translation>Кітап файлын таңдаңыз</translation>
        </message>
        <message>
            <source>An .xlsx, .xls or .ods file with a sheet of staff and/or a sheet of activities. Headers may be in Kazakh, Russian or English, under a title row.</source>
            <translation>Қызметкерлер парағы және/немесе іс-шаралар парағы бар .xlsx, .xls немесе .ods файлы. Тақырыптар қазақ, орыс немесе ағылшын тілінде болуы мүмкін; олардың үстінде атау жолы болуы мүмкін.</translation>
        </message>
        <message>
            <source>Path to the file</source>
            <translation>Файлға жол</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <source>Workbooks ({patterns})</source>
            <translation>Электрондық кестелер ({patterns})</translation>
        </message>
    </context>
    <context>
        <name>FirstStartPage</name>
        <message>
            <source>Welcome to SKMA Training</source>
            <translation>SKMA Training бағдарламасына қош келдіңіз</translation>
        </message>
        <message>
            <source>The register is empty. How would you like to begin?</source>
            <translation>Тізілім бос. Неден бастайсыз?</translation>
        </message>
        <message>
            <source>Import an Excel file…</source>
            <translation>Excel файлын импорттау…</translation>
        </message>
        <message>
            <source>A staff list with or without PD activities (.xlsx, .xls, .ods), as HR keeps it</source>
            <translation>Кадрлық қызмет бөлімі жүргізетін қызметкерлер тізімі, БА іс-шараларымен немесе оларсыз (.xlsx, .xls, .ods)</translation>
        </message>
        <message>
            <source>Open the demo academy</source>
            <translation>Демонстрациялық академияны ашу</translation>
        </message>
        <message>
            <source>A realistic academy in a temporary database: try everything, nobody's data is touched</source>
            <translation>Уақытша дерекқордағы шынайыға жақын академия: бәрін байқап көріңіз, ешкімнің нақты деректеріне әсер етпейді</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>Бос тізілімнен бастау</translation>
        </message>
        <message>
            <source>Add the first employee by hand</source>
            <translation>Алғашқы қызметкерді қолмен қосу</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Guide</source>
            <translation>Анықтама</translation>
        </message>
        <message>
            <source>Guide: {title}</source>
            <translation>Анықтама: {title}</translation>
        </message>
        <message>
            <source>There is no guide to this page yet.</source>
            <translation>Бұл бетке әзірге анықтама жоқ.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History: {what}</source>
            <translation>Тарихы: {what}</translation>
        </message>
        <message>
            <source>Reading the history…</source>
            <translation>Тарих оқылуда…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Не</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Өзгерістер</translation>
        </message>
        <message>
            <source>added</source>
            <translation>қосылды</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>өзгертілді</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>жойылды</translation>
        </message>
        <message>
            <source>No change of this record is on record.</source>
            <translation>Бұл жазбаның бірде-бір өзгерісі тіркелмеген.</translation>
        </message>
        <message numerus="yes">
            <source>%n changes. Your role sees who made each and when, not the values.</source>
            <translation>
                <numerusform>%n өзгеріс. Сіздің рөліңіз әрқайсысын кім және қашан жасағанын көреді, мәндерін емес.</numerusform>
                <numerusform>%n өзгеріс. Сіздің рөліңіз әрқайсысын кім және қашан жасағанын көреді, мәндерін емес.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes, the newest first.</source>
            <translation>
                <numerusform>%n өзгеріс, ең жаңасы басында.</numerusform>
                <numerusform>%n өзгеріс, ең жаңасы басында.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>a value is required</source>
            <translation>мән көрсетілуі қажет</translation>
        </message>
        <message>
            <source>the column «{column}» was not found</source>
            <translation>«{column}» бағаны табылмады</translation>
        </message>
        <message>
            <source>no sheet with staff or activities was recognised (no header row with IIN and names)</source>
            <translation>қызметкерлер немесе БА іс-шаралары бар парақ танылмады (ЖСН және аты-жөні көрсетілген тақырып жолы жоқ)</translation>
        </message>
        <message>
            <source>column not recognised; it was ignored</source>
            <translation>баған танылмады және есепке алынбады</translation>
        </message>
        <message>
            <source>the end date is before the start date</source>
            <translation>аяқталу күні басталу күнінен ерте</translation>
        </message>
        <message>
            <source>an end date is required for this kind</source>
            <translation>бұл түр үшін аяқталу күні көрсетілуі қажет</translation>
        </message>
        <message>
            <source>hours or credits are required for PD</source>
            <translation>БА үшін сағат немесе кредит көрсетілуі қажет</translation>
        </message>
        <message>
            <source>the quartile is 1, 2, 3 or 4</source>
            <translation>квартиль 1, 2, 3 немесе 4 болуы тиіс</translation>
        </message>
        <message>
            <source>the author position starts at 1</source>
            <translation>авторлық орны 1-ден басталады</translation>
        </message>
        <message>
            <source>more than {limit} hours is not plausible for one activity</source>
            <translation>бір іс-шара үшін {limit} сағаттан артық болуы мүмкін емес</translation>
        </message>
        <message>
            <source>the same IIN is on row {first} with different data</source>
            <translation>осы ЖСН {first}-жолда басқа деректермен көрсетілген</translation>
        </message>
        <message>
            <source>the same activity (IIN, kind, title, start) is on row {first} with different data</source>
            <translation>осы іс-шара (ЖСН, түрі, тақырыбы, басталуы) {first}-жолда басқа деректермен көрсетілген</translation>
        </message>
        <message>
            <source>the leaving date is before the hire date</source>
            <translation>жұмыстан шыққан күні жұмысқа қабылданған күнінен ерте</translation>
        </message>
        <message>
            <source>not a date (expected dd.mm.yyyy or yyyy-mm-dd)</source>
            <translation>күн емес (кк.аа.жжжж немесе жжжж-аа-кк пішімі күтіледі)</translation>
        </message>
        <message>
            <source>the year {year} is not plausible</source>
            <translation>{year} жыл шындыққа жанаспайды</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>сан емес</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>теріс болмауы тиіс</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>бүтін сан болуы тиіс</translation>
        </message>
        <message>
            <source>not yes or no</source>
            <translation>«иә» немесе «жоқ» күтіледі</translation>
        </message>
        <message>
            <source>an IIN has 12 digits</source>
            <translation>ЖСН 12 цифрдан тұрады</translation>
        </message>
        <message>
            <source>the IIN's check digit is wrong</source>
            <translation>ЖСН бақылау цифры қате</translation>
        </message>
        <message>
            <source>the IIN was stored as a number and lost its leading zeros; restored as {iin}</source>
            <translation>ЖСН сан ретінде сақталып, басындағы нөлдер жоғалған; {iin} түрінде қалпына келтірілді</translation>
        </message>
        <message>
            <source>not a known {what}; use one of: {choices}</source>
            <translation>белгісіз мән ({what}); мына мәндердің бірін қолданыңыз: {choices}</translation>
        </message>
        <message>
            <source>twelve zeros are not an IIN</source>
            <translation>он екі нөл ЖСН емес</translation>
        </message>
        <message>
            <source>the 7th digit of an IIN is 1 to 6 (century and sex)</source>
            <translation>ЖСН-нің 7-ші цифры 1-ден 6-ға дейін болады (ғасыр және жыныс)</translation>
        </message>
        <message>
            <source>the first six digits of an IIN are the date of birth (YYMMDD); {digits} is not a date</source>
            <translation>ЖСН-нің алғашқы алты цифры — туған күні (ЖЖААКК); {digits} күн емес</translation>
        </message>
        <message>
            <source>staff category</source>
            <translation>персонал санаты</translation>
        </message>
        <message>
            <source>kind of activity</source>
            <translation>іс-шара түрі</translation>
        </message>
        <message>
            <source>scope</source>
            <translation>деңгейі</translation>
        </message>
        <message>
            <source>funding source</source>
            <translation>қаржыландыру көзі</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>иә</translation>
        </message>
        <message>
            <source>no</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>a category is required for a new employee</source>
            <translation>жаңа қызметкер үшін санаты көрсетілуі қажет</translation>
        </message>
        <message>
            <source>no employee with this IIN in the file's staff sheet or in the register</source>
            <translation>бұл ЖСН бойынша қызметкер файлдың қызметкерлер парағында да, тізілімде де жоқ</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>Import</source>
            <translation>Импорттау</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Импорттауды тоқтату</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>{name} файлы импортталуда…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Тоқтатылуда…</translation>
        </message>
        <message>
            <source>{count} deadlines fall before {date} and are treated as history ({open} of them not done); the Deadlines page shows them on request. Settings → History before moves the date.</source>
            <translation>{count} мерзім {date} күнге дейін түседі және тарих ретінде қаралады (оның {open} орындалмаған); оларды «Мерзімдер» беті сұрау бойынша көрсетеді. Күнді «Баптаулар → Тарих, осы күнге дейін» жылжытады.</translation>
        </message>
        <message>
            <source>Nothing changed: the register already holds everything in the file.</source>
            <translation>Ештеңе өзгерген жоқ: тізілімде файлдағының бәрі бар.</translation>
        </message>
        <message>
            <source>Imported. </source>
            <translation>Импортталды. </translation>
        </message>
        <message>
            <source>The file was rejected; nothing was changed.</source>
            <translation>Файл қабылданбады, ешқандай өзгеріс енгізілген жоқ.</translation>
        </message>
        <message>
            <source>The import stopped; nothing was changed.</source>
            <translation>Импорттау тоқтатылды, ешқандай өзгеріс енгізілген жоқ.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Staff: {sa} new, {su} changed, {sn} unchanged. Activities: {aa} new, {au} changed, {an} unchanged. New departments: {d}.</source>
            <translation>Қызметкерлер: жаңа — {sa}, өзгертілген — {su}, өзгеріссіз — {sn}. Іс-шаралар: жаңа — {aa}, өзгертілген — {au}, өзгеріссіз — {an}. Жаңа кафедралар: {d}.</translation>
        </message>
        <message>
            <source>Import a workbook</source>
            <translation>Файлдан импорттау</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Келесі &gt;</translation>
        </message>
        <message>
            <source>The import is being cancelled; nothing will be changed.</source>
            <translation>Импорттау тоқтатылуда, ешқандай өзгеріс енгізілмейді.</translation>
        </message>
    </context>
    <context>
        <name>InternshipModel</name>
        <message>
            <source>confirming document</source>
            <translation>растайтын құжат</translation>
        </message>
        <message>
            <source>supervisor's review</source>
            <translation>жетекшінің пікірі</translation>
        </message>
        <message>
            <source>report</source>
            <translation>есеп</translation>
        </message>
        <message>
            <source>department meeting</source>
            <translation>кафедра отырысы</translation>
        </message>
        <message>
            <source>implementation plan</source>
            <translation>енгізу жоспары</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Қызметкер</translation>
        </message>
        <message>
            <source>Host organisation</source>
            <translation>Қабылдаушы ұйым</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Ел</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Деңгейі</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Аяқталуы</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Бағдарлама</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Жетекші</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Пікір</translation>
        </message>
        <message>
            <source>Department meeting</source>
            <translation>Кафедра отырысы</translation>
        </message>
        <message>
            <source>Implementation plan</source>
            <translation>Енгізу жоспары</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Тапсырылмаған</translation>
        </message>
    </context>
    <context>
        <name>InternshipsPage</name>
        <message>
            <source>Search by employee, host, country…</source>
            <translation>Қызметкер, ұйым, ел бойынша іздеу…</translation>
        </message>
        <message>
            <source>Only with missing documents</source>
            <translation>Тек құжаттары толық еместер</translation>
        </message>
        <message>
            <source>Only abroad</source>
            <translation>Тек шетелдегілер</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>Барлық бөлімшелер</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ашу…</translation>
        </message>
        <message>
            <source>Print internship report…</source>
            <translation>Тағылымдама есебін басып шығару…</translation>
        </message>
        <message>
            <source>Print implementation plan…</source>
            <translation>Енгізу жоспарын басып шығару…</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Building the demo academy…</source>
            <translation>Демонстрациялық академия құрылуда…</translation>
        </message>
        <message>
            <source>The newest good backup is {backup}. Restore it? What is there now is kept in the backups folder.</source>
            <translation>Ең жаңа жарамды сақтық көшірме — {backup}. Оны қалпына келтіру керек пе? Қазіргі файл backups қалтасында сақталады.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in to the register</source>
            <translation>Тізілімге кіру</translation>
        </message>
        <message>
            <source>Remember the password on this computer</source>
            <translation>Құпиясөзді осы компьютерде есте сақтау</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Тізілім</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Құпиясөз</translation>
        </message>
        <message>
            <source>Enter your login and password.</source>
            <translation>Логин мен құпиясөзді енгізіңіз.</translation>
        </message>
        <message>
            <source>The server did not let you in: %1</source>
            <translation>Сервер кіргізбеді: %1</translation>
        </message>
    </context>
    <context>
        <name>MailSettings</name>
        <message>
            <source>kept in the system keyring, not in the database</source>
            <translation>дерекқорда емес, жүйелік кілттер қоймасында сақталады</translation>
        </message>
        <message>
            <source>Mail server password</source>
            <translation>Пошта серверінің құпиясөзі</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Сақталды.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>DEMO: nobody's data</source>
            <translation>ДЕМО: ойдан шығарылған деректер</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Шолу</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Қызметкерлер</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Іс-шаралар</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Мерзімдер</translation>
        </message>
        <message>
            <source>Next year's plan</source>
            <translation>Келесі жылдың жоспары</translation>
        </message>
        <message>
            <source>Internships</source>
            <translation>Тағылымдамалар</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Негізгі панель</translation>
        </message>
        <message>
            <source>As of:</source>
            <translation>Жағдай бойынша күні:</translation>
        </message>
        <message>
            <source>Every list, count and check is computed as of this date</source>
            <translation>Барлық тізімдер, есептеулер мен тексерулер осы күнгі жағдай бойынша жүргізіледі</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Бүгін</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Жаңа іс-шара</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Импорттау…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Экспорттау…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Басып шығару…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Іздеу</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Жаңарту</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>Back up the database…</source>
            <translation>Дерекқордың сақтық көшірмесі…</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Сақтық көшірмеден қалпына келтіру…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Баптаулар…</translation>
        </message>
        <message>
            <source>Reminders by e-mail…</source>
            <translation>Электрондық поштамен еске салу…</translation>
        </message>
        <message>
            <source>Export to calendar…</source>
            <translation>Күнтізбеге экспорттау…</translation>
        </message>
        <message>
            <source>Open the demo academy</source>
            <translation>Демонстрациялық академияны ашу</translation>
        </message>
        <message>
            <source>Back to my register</source>
            <translation>Менің тізіліміме оралу</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Шығу</translation>
        </message>
        <message>
            <source>&amp;Records</source>
            <translation>&amp;Тізілім</translation>
        </message>
        <message>
            <source>New employee…</source>
            <translation>Жаңа қызметкер…</translation>
        </message>
        <message>
            <source>Departments…</source>
            <translation>Бөлімшелер…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <source>Guide to this page</source>
            <translation>Осы беттің анықтамасы</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Бағдарлама туралы</translation>
        </message>
        <message>
            <source>Open the log folder</source>
            <translation>Журналдар қалтасын ашу</translation>
        </message>
        <message>
            <source>Logged in to the shared register as {login}; role: {role}</source>
            <translation>Ортақ тізілімге {login} ретінде кірдіңіз; рөлі: {role}</translation>
        </message>
        <message>
            <source>A register on this computer: whoever opens it may change everything in it</source>
            <translation>Осы компьютердегі тізілім: оны ашқан адам ондағының бәрін өзгерте алады</translation>
        </message>
        <message numerus="yes">
            <source>%n staff</source>
            <translation>
                <numerusform>%n қызметкер</numerusform>
                <numerusform>%n қызметкер</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activities</source>
            <translation>
                <numerusform>%n іс-шара</numerusform>
                <numerusform>%n іс-шара</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue on {date}</source>
            <translation>
                <numerusform>{date} күні мерзімі өткені: %n</numerusform>
                <numerusform>{date} күні мерзімі өткені: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>That activity is no longer in the register.</source>
            <translation>Бұл іс-шара тізілімде енді жоқ.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n selected activities with their paperwork? This cannot be undone.</source>
            <translation>
                <numerusform>Таңдалған %n іс-шараны құжаттарымен бірге жою керек пе? Мұны қайтару мүмкін емес.</numerusform>
                <numerusform>Таңдалған %n іс-шараны құжаттарымен бірге жою керек пе? Мұны қайтару мүмкін емес.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>That employee is no longer in the register.</source>
            <translation>Бұл қызметкер тізілімде енді жоқ.</translation>
        </message>
        <message>
            <source>Written {path}</source>
            <translation>{path} файлы жазылды</translation>
        </message>
        <message>
            <source>Back up the database to</source>
            <translation>Сақтық көшірмені сақтау орны</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Сақтық көшірме</translation>
        </message>
        <message>
            <source>The database was copied to {path}</source>
            <translation>Дерекқор мына жерге көшірілді: {path}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Professional development register of South Kazakhstan Medical Academy.&lt;br&gt;Database: {db}</source>
            <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Оңтүстік Қазақстан медицина академиясының біліктілікті арттыру тізілімі.&lt;br&gt;Дерекқор: {db}</translation>
        </message>
    </context>
    <context>
        <name>NamesDialog</name>
        <message>
            <source>Department</source>
            <translation>Бөлімше</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Атауы:</translation>
        </message>
        <message>
            <source>In Kazakh:</source>
            <translation>Қазақша:</translation>
        </message>
        <message>
            <source>In Russian:</source>
            <translation>Орысша:</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message numerus="yes">
            <source>The academy on {date}: %n staff checked</source>
            <translation>
                <numerusform>{date} күнгі академия: %n қызметкер тексерілді</numerusform>
                <numerusform>{date} күнгі академия: %n қызметкер тексерілді</numerusform>
            </translation>
        </message>
        <message>
            <source>staff overdue</source>
            <translation>мерзімі өткен қызметкерлер</translation>
        </message>
        <message>
            <source>staff falling due by the end of {year}</source>
            <translation>{year} жылдың соңына дейін мерзімі келетін қызметкерлер</translation>
        </message>
        <message>
            <source>deadlines overdue</source>
            <translation>мерзімі өткен мерзімдер</translation>
        </message>
        <message>
            <source>deadlines in the next 7 days</source>
            <translation>алдағы 7 күндегі мерзімдер</translation>
        </message>
        <message>
            <source>plan for {year} approved on {date}</source>
            <translation>{year} жылға арналған жоспар {date} бекітілді</translation>
        </message>
        <message>
            <source>days left to approve the plan for {year} (due {date})</source>
            <translation>{year} жылға арналған жоспарды бекітуге қалған күн (мерзімі — {date})</translation>
        </message>
        <message>
            <source>days since the plan for {year} was due</source>
            <translation>{year} жылға арналған жоспарды бекіту мерзімінен өткен күн</translation>
        </message>
        <message>
            <source>Compliance by department: the {n} with the largest share overdue (of {total}); click one to see its staff</source>
            <translation>Кафедралар бойынша талаптарға сәйкестік: мерзімі өткендердің үлесі ең жоғары {n} кафедра ({total} ішінен); қызметкерлерін көру үшін кафедраны басыңыз</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <source>Due by the end of next year</source>
            <translation>Мерзімі келесі жылдың соңына дейін</translation>
        </message>
        <message>
            <source>Compliant</source>
            <translation>Талаптарға сәйкес</translation>
        </message>
        <message>
            <source>PD hours completed by month, last 24 months</source>
            <translation>Соңғы 24 айдағы БА сағаттары, айлар бойынша</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Сағат</translation>
        </message>
        <message>
            <source>Activities by kind, last 3 years</source>
            <translation>Соңғы 3 жылдағы іс-шаралар, түрлері бойынша</translation>
        </message>
        <message>
            <source>Other: {n}</source>
            <translation>Басқалары: {n}</translation>
        </message>
    </context>
    <context>
        <name>PlanItemDialog</name>
        <message>
            <source>Planned PD</source>
            <translation>Жоспарланған БА</translation>
        </message>
        <message>
            <source>Add to the request</source>
            <translation>Өтінімге қосу</translation>
        </message>
        <message>
            <source>Employee:</source>
            <translation>Қызметкер:</translation>
        </message>
        <message>
            <source>choose an employee from the list</source>
            <translation>тізімнен қызметкерді таңдаңыз</translation>
        </message>
        <message>
            <source>give the topic</source>
            <translation>тақырыбын көрсетіңіз</translation>
        </message>
        <message>
            <source>give the hours</source>
            <translation>сағаттарын көрсетіңіз</translation>
        </message>
        <message>
            <source>give the quarter or the dates</source>
            <translation>тоқсанын немесе мерзімін көрсетіңіз</translation>
        </message>
        <message>
            <source>the end is before the start</source>
            <translation>аяқталуы басталуынан бұрын</translation>
        </message>
        <message>
            <source>this person already has this kind and topic in the request</source>
            <translation>бұл адамның өтінімде осы түр мен тақырып бұрыннан бар</translation>
        </message>
    </context>
    <context>
        <name>PlanItemFields</name>
        <message>
            <source>not set</source>
            <translation>көрсетілмеген</translation>
        </message>
        <message>
            <source>with leave from work</source>
            <translation>жұмыстан қол үзе отырып</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Түрі:</translation>
        </message>
        <message>
            <source>Topic:</source>
            <translation>Тақырыбы:</translation>
        </message>
        <message>
            <source>Provider:</source>
            <translation>Ұйымдастырушы:</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Ел:</translation>
        </message>
        <message>
            <source>Quarter:</source>
            <translation>Тоқсан:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Күндері:</translation>
        </message>
        <message>
            <source>Hours:</source>
            <translation>Сағат:</translation>
        </message>
        <message>
            <source>Cost (tenge):</source>
            <translation>Құны (теңге):</translation>
        </message>
        <message>
            <source>Funding:</source>
            <translation>Қаржыландыру:</translation>
        </message>
    </context>
    <context>
        <name>PlanModel</name>
        <message>
            <source>Q{n}</source>
            <translation>{n}-тоқсан</translation>
        </message>
        <message>
            <source>Not submitted</source>
            <translation>Тапсырылмаған</translation>
        </message>
        <message>
            <source>Submitted, not consolidated</source>
            <translation>Тапсырылды, жоспарға әлі енгізілмеген</translation>
        </message>
        <message>
            <source>In the plan</source>
            <translation>Жоспарда</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Кафедра</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Қызметкер</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Лауазымы</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тақырыбы</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Ұйымдастырушы</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Сағат</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Құны</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Қаржыландыру</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Орындалды</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Орындалуда</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Орындалмады</translation>
        </message>
        <message>
            <source>Removed from the plan</source>
            <translation>Жоспардан алынып тасталды</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Жоспарланған</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Нәтижесі</translation>
        </message>
        <message>
            <source>Actual activity</source>
            <translation>Нақты іс-шара</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Аяқталуы</translation>
        </message>
        <message>
            <source>Actual hours</source>
            <translation>Нақты сағат</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>Plan year:</source>
            <translation>Жоспар жылы:</translation>
        </message>
        <message>
            <source>Print the plan…</source>
            <translation>Жоспарды басып шығару…</translation>
        </message>
        <message>
            <source>Department requests</source>
            <translation>Кафедралар өтінімдері</translation>
        </message>
        <message>
            <source>Consolidated plan</source>
            <translation>Жиынтық жоспар</translation>
        </message>
        <message>
            <source>Amendments</source>
            <translation>Өзгерістер</translation>
        </message>
        <message>
            <source>Plan versus actual</source>
            <translation>Жоспар мен нақты орындалу</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>Кафедра:</translation>
        </message>
        <message>
            <source>Propose staff…</source>
            <translation>Қызметкерлерді ұсыну…</translation>
        </message>
        <message>
            <source>Everyone in the department whose checks fall due before the end of the plan year</source>
            <translation>Талаптар бойынша мерзімі жоспар жылының соңына дейін келетін кафедраның барлық қызметкерлері</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Қосу…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Өңдеу…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Алып тастау</translation>
        </message>
        <message>
            <source>Submit the request</source>
            <translation>Өтінімді тапсыру</translation>
        </message>
        <message>
            <source>Consolidate the submitted requests</source>
            <translation>Тапсырылған өтінімдерді біріктіру</translation>
        </message>
        <message>
            <source>Items of submitted requests go into the plan; items of requests still in draft are left out</source>
            <translation>Тапсырылған өтінімдердің тармақтары жоспарға енгізіледі; жоба күйіндегі өтінімдердің тармақтары енгізілмейді</translation>
        </message>
        <message>
            <source>Approve the plan…</source>
            <translation>Жоспарды бекіту…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Өзгеріс</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Жоспар тармағы</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Кім енгізді</translation>
        </message>
        <message>
            <source>Record an amendment…</source>
            <translation>Өзгеріс енгізу…</translation>
        </message>
        <message>
            <source>Approved on {date} ({by}). Changes are recorded as amendments.</source>
            <translation>{date} бекітілді ({by}). Өзгерістер «Өзгерістер» қойындысында тіркеледі.</translation>
        </message>
        <message>
            <source>Draft. Department requests due {requests}; the plan is due {due} ({days}).</source>
            <translation>Жоба. Кафедралар өтінімдерінің мерзімі — {requests}; жоспарды бекіту мерзімі — {due} ({days}).</translation>
        </message>
        <message>
            <source>{n} days left</source>
            <translation>{n} күн қалды</translation>
        </message>
        <message>
            <source>{n} days overdue</source>
            <translation>мерзімі {n} күн өтті</translation>
        </message>
        <message>
            <source>In the plan: {items} items for {people} people in {departments} departments; {hours} hours; {cost} tenge. Requests submitted: {submitted} of {requests}.</source>
            <translation>Жоспарда: тармақтар — {items}, қызметкерлер — {people}, кафедралар — {departments}; сағат — {hours}; құны — {cost} теңге. Тапсырылған өтінімдер: {requests} ішінен {submitted}.</translation>
        </message>
        <message>
            <source>Submitted on {date}; {n} items.</source>
            <translation>{date} тапсырылды; тармақтар саны: {n}.</translation>
        </message>
        <message>
            <source>Draft; {n} items. Submit it when complete.</source>
            <translation>Жоба; тармақтар саны: {n}. Дайын болғанда тапсырыңыз.</translation>
        </message>
        <message>
            <source>No request yet.</source>
            <translation>Өтінім әлі жоқ.</translation>
        </message>
        <message>
            <source>added</source>
            <translation>қосылды</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>алынып тасталды</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>өзгертілді</translation>
        </message>
        <message>
            <source>{done} of {planned} planned items done ({share}) as of {date}.</source>
            <translation>{date} күнгі жағдай бойынша жоспарланған {planned} тармақтың {done} тармағы орындалды ({share}).</translation>
        </message>
        <message>
            <source>Nobody in this department falls due before the end of {year}.</source>
            <translation>Бұл кафедрада {year} жылдың соңына дейін мерзімі келетін қызметкер жоқ.</translation>
        </message>
        <message numerus="yes">
            <source>without a topic: %n</source>
            <translation>
                <numerusform>тақырыбы жоқ: %n</numerusform>
                <numerusform>тақырыбы жоқ: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>without hours: %n</source>
            <translation>
                <numerusform>сағаты жоқ: %n</numerusform>
                <numerusform>сағаты жоқ: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>without a cost: %n</source>
            <translation>
                <numerusform>құны жоқ: %n</numerusform>
                <numerusform>құны жоқ: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>without dates or a quarter: %n</source>
            <translation>
                <numerusform>мерзімі де, тоқсаны да жоқ: %n</numerusform>
                <numerusform>мерзімі де, тоқсаны да жоқ: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the same person, kind and topic twice: %n</source>
            <translation>
                <numerusform>бір адам, бір түр мен тақырып екі рет: %n</numerusform>
                <numerusform>бір адам, бір түр мен тақырып екі рет: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>no request from: {names}</source>
            <translation>өтінім берілмеген: {names}</translation>
        </message>
        <message>
            <source>not submitted, left out: {names}</source>
            <translation>тапсырылмаған, енгізілмейді: {names}</translation>
        </message>
        <message>
            <source>the deadline {date} has passed</source>
            <translation>{date} мерзімі өтіп кетті</translation>
        </message>
        <message>
            <source>Continue?</source>
            <translation>Жалғастыру керек пе?</translation>
        </message>
        <message numerus="yes">
            <source>Submit the request of {department}: %n items.</source>
            <translation>
                <numerusform>{department} өтінімін тапсыру: %n позиция.</numerusform>
                <numerusform>{department} өтінімін тапсыру: %n позиция.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Put %n items of the submitted requests into the plan.</source>
            <translation>
                <numerusform>Тапсырылған өтінімдердің %n позициясын жоспарға енгізу.</numerusform>
                <numerusform>Тапсырылған өтінімдердің %n позициясын жоспарға енгізу.</numerusform>
            </translation>
        </message>
        <message>
            <source>Consolidate</source>
            <translation>Жоспарға жинақтау</translation>
        </message>
        <message numerus="yes">
            <source>Approve the plan for {year} with %n items.</source>
            <translation>
                <numerusform>{year} жылғы жоспарды %n позициямен бекіту.</numerusform>
                <numerusform>{year} жылғы жоспарды %n позициямен бекіту.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <source>Print: {title}</source>
            <translation>Басып шығару: {title}</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Тіл:</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel кітабы</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Пішімі:</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Жылы:</translation>
        </message>
        <message>
            <source>As of:</source>
            <translation>Жағдай бойынша күні:</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>Барлық кафедралар</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>Кафедра:</translation>
        </message>
        <message>
            <source>{n} documents in one PDF.</source>
            <translation>Бір PDF файлындағы құжаттар саны: {n}.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Сақтау орны:</translation>
        </message>
        <message>
            <source>Make the document</source>
            <translation>Құжатты қалыптастыру</translation>
        </message>
        <message>
            <source>Save the document as</source>
            <translation>Құжатты былай сақтау</translation>
        </message>
        <message>
            <source>As of: {reason}</source>
            <translation>Есеп күні: {reason}</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be made: {reason}</source>
            <translation>{folder} қалтасын жасау мүмкін емес: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ProblemModel</name>
        <message>
            <source>Error</source>
            <translation>Қате</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Ескерту</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Парақ</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Жол</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Баған</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Мәні</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
    </context>
    <context>
        <name>ProposalsDialog</name>
        <message>
            <source>Who should be in the plan for {year}</source>
            <translation>{year} жылға арналған жоспарға кімді енгізу керек</translation>
        </message>
        <message>
            <source>Everyone whose checks fall due before 31.12.{year}, soonest first. Those already in the request are not ticked. Each ticked person gets a PD course of the hours still missing (at least 72 for university faculty, 36 for college faculty), to be completed in the request.</source>
            <translation>Талаптар бойынша мерзімі 31.12.{year} дейін келетін барлық қызметкерлер, мерзімі ең жақындары бірінші. Өтінімде бар қызметкерлер белгіленбеген. Белгіленген әр қызметкерге жетіспейтін сағат көлемінде БА курсы қосылады (ЖОО ПОҚ үшін кемінде 72, колледж ПОҚ үшін кемінде 36); қалған мәліметтер өтінімде толтырылады.</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Қызметкер</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Лауазымы</translation>
        </message>
        <message>
            <source>Checks falling due</source>
            <translation>Мерзімі келетін талаптар</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>Hours missing</source>
            <translation>Жетіспейтін сағат</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>мерзімі өткен</translation>
        </message>
        <message>
            <source>Add the ticked to the request</source>
            <translation>Белгіленгендерді өтінімге қосу</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Тарихы…</translation>
        </message>
        <message>
            <source>Discard the changes?</source>
            <translation>Өзгерістерден бас тарту керек пе?</translation>
        </message>
        <message>
            <source>The form has changes that are not saved. Close it and lose them?</source>
            <translation>Пішінде сақталмаған өзгерістер бар. Оны жауып, өзгерістерді жоғалту керек пе?</translation>
        </message>
    </context>
    <context>
        <name>RecordDiff</name>
        <message>
            <source>Teaching head</source>
            <translation>Оқу бөлімшесінің басшысы</translation>
        </message>
        <message>
            <source>Language of messages</source>
            <translation>Хабарламалар тілі</translation>
        </message>
        <message>
            <source>With a talk</source>
            <translation>Баяндамамен</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>иә</translation>
        </message>
        <message>
            <source>no</source>
            <translation>жоқ</translation>
        </message>
    </context>
    <context>
        <name>RegisterGuard</name>
        <message>
            <source>read-only</source>
            <translation>тек оқу үшін</translation>
        </message>
        <message>
            <source>Read-only: this register is open for changes in another window ({holder}). You can look, but not change anything until it closes.</source>
            <translation>Тек оқу үшін: бұл тізілім басқа терезеде өзгерту үшін ашық ({holder}). Ол жабылғанша қарауға болады, бірақ ештеңе өзгертуге болмайды.</translation>
        </message>
        <message>
            <source>Read-only: this register is damaged, so nothing is written to it. Restore the newest good backup.</source>
            <translation>Тек оқу үшін: бұл тізілім зақымдалған, сондықтан оған ештеңе жазылмайды. Ең жаңа жарамды сақтық көшірмені қалпына келтіріңіз.</translation>
        </message>
        <message>
            <source>Read-only: you may read this register but not change it (the file or its folder is read-only).</source>
            <translation>Тек оқу үшін: бұл тізілімді оқуға болады, бірақ өзгертуге болмайды (файл немесе оның қалтасы тек оқуға арналған).</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Қалпына келтіру</translation>
        </message>
        <message>
            <source>No good backup was found beside the register. Choose a backup file yourself (File → Restore from a backup…).</source>
            <translation>Тізілімнің жанынан жарамды сақтық көшірме табылмады. Сақтық көшірме файлын өзіңіз таңдаңыз (Файл → Сақтық көшірмеден қалпына келтіру…).</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Сақтық көшірмеден қалпына келтіру</translation>
        </message>
        <message>
            <source>Register backups (*.sqlite3);;All files (*)</source>
            <translation>Тізілімнің сақтық көшірмелері (*.sqlite3);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <source>Replace the register with the backup {backup}? The register as it is now is kept in the backups folder.</source>
            <translation>Тізілімді {backup} сақтық көшірмесімен ауыстыру керек пе? Тізілімнің қазіргі күйі backups қалтасында сақталады.</translation>
        </message>
        <message>
            <source>The register was restored from {backup}. The previous one is kept as {previous}.</source>
            <translation>Тізілім {backup} көшірмесінен қалпына келтірілді. Бұрынғысы {previous} ретінде сақталды.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>3-year check</source>
            <translation>Үш жылдық талап</translation>
        </message>
        <message>
            <source>HR digest</source>
            <translation>Кадрлық қызметке шолу</translation>
        </message>
        <message>
            <source>Department head's digest</source>
            <translation>Бөлімше басшысына шолу</translation>
        </message>
    </context>
    <context>
        <name>RemindersDialog</name>
        <message>
            <source>Export to calendar</source>
            <translation>Күнтізбеге экспорттау</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Күнтізбе (*.ics)</translation>
        </message>
        <message>
            <source>Written {path}: {count} events.</source>
            <translation>{path} жазылды: {count} оқиға.</translation>
        </message>
        <message>
            <source>Reminders by e-mail</source>
            <translation>Электрондық поштамен еске салу</translation>
        </message>
        <message>
            <source>To be sent</source>
            <translation>Жіберілетіндер</translation>
        </message>
        <message>
            <source>Sent log</source>
            <translation>Жіберілгендер журналы</translation>
        </message>
        <message>
            <source>Mail settings</source>
            <translation>Пошта баптаулары</translation>
        </message>
        <message>
            <source>Include the digests to HR and the heads (otherwise on their weekday)</source>
            <translation>Кадрлық қызмет пен басшыларға шолуды қосу (әйтпесе белгіленген апта күні)</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Кімге</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Не туралы</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тақырыбы</translation>
        </message>
        <message>
            <source>Send now</source>
            <translation>Қазір жіберу</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <source>Server's answer</source>
            <translation>Сервердің жауабы</translation>
        </message>
        <message>
            <source>On {date}: {count} to send, {skipped} sent before, {missing} without an e-mail address.</source>
            <translation>{date}: жіберілетіні — {count}, бұрын жіберілгені — {skipped}, электрондық поштасы жоқ — {missing}.</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Жіберілді</translation>
        </message>
        <message>
            <source>Not sent; tried again next time</source>
            <translation>Жіберілмеді; келесі жолы қайта жіберіледі</translation>
        </message>
        <message>
            <source>Interrupted; not confirmed</source>
            <translation>Үзілді; расталмаған</translation>
        </message>
        <message>
            <source>{sent} sent, {failed} not sent (they are tried again next time).</source>
            <translation>{sent} жіберілді, {failed} жіберілмеді (келесі жолы қайта жіберіледі).</translation>
        </message>
    </context>
    <context>
        <name>RoleGate</name>
        <message>
            <source>Your role ({role}) does not allow this; it is for: {roles}.</source>
            <translation>Сіздің рөліңіз ({role}) мұны істеуге рұқсат етпейді; бұл мыналарға арналған: {roles}.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>database owner</source>
            <translation>дерекқор иесі</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>орталық</translation>
        </message>
        <message>
            <source>HR</source>
            <translation>кадр бөлімі</translation>
        </message>
        <message>
            <source>head of department</source>
            <translation>бөлімше басшысы</translation>
        </message>
        <message>
            <source>viewer</source>
            <translation>тек қарау</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>рөлі жоқ</translation>
        </message>
    </context>
    <context>
        <name>SavedFile</name>
        <message>
            <source>Saved</source>
            <translation>Сақталды</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Сақталған орны: {path}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ашу</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Қалтада көрсету</translation>
        </message>
        <message>
            <source>No program on this computer opens {kind} files. The file is in {folder}.</source>
            <translation>Бұл компьютерде {kind} файлдарын ашатын бағдарлама жоқ. Файл мына қалтада: {folder}.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Language</source>
            <translation>Тіл</translation>
        </message>
        <message>
            <source>Academy name (Kazakh)</source>
            <translation>Академияның атауы (қазақ тілінде)</translation>
        </message>
        <message>
            <source>Academy name (Russian)</source>
            <translation>Академияның атауы (орыс тілінде)</translation>
        </message>
        <message>
            <source>Academy name (English)</source>
            <translation>Академияның атауы (ағылшын тілінде)</translation>
        </message>
        <message>
            <source>Counting faculty hours</source>
            <translation>ПОҚ сағаттарын есептеу тәсілі</translation>
        </message>
        <message>
            <source>Deadline days</source>
            <translation>Мерзімдерді есептеудегі күндер</translation>
        </message>
        <message>
            <source>Conference talk credit units</source>
            <translation>Конференциядағы баяндама үшін сынақ бірліктері</translation>
        </message>
        <message>
            <source>Internship weeks</source>
            <translation>Тағылымдама апталарын есептеу</translation>
        </message>
        <message>
            <source>Heads of teaching departments and management training</source>
            <translation>Кафедра меңгерушілері және басқару бойынша оқу</translation>
        </message>
        <message>
            <source>Department requests due (month-day)</source>
            <translation>Кафедралар өтінімдерін тапсыру мерзімі (ай-күн)</translation>
        </message>
        <message>
            <source>Changes to the working-day calendar</source>
            <translation>Жұмыс күндері күнтізбесіндегі өзгерістер</translation>
        </message>
        <message>
            <source>Deadlines before this day are history</source>
            <translation>Осы күнге дейінгі мерзімдер – тарих</translation>
        </message>
        <message>
            <source>Mail server (SMTP host)</source>
            <translation>Пошта сервері (SMTP хосты)</translation>
        </message>
        <message>
            <source>Mail server port</source>
            <translation>Пошта серверінің порты</translation>
        </message>
        <message>
            <source>Mail server security</source>
            <translation>Пошта серверінің қауіпсіздігі</translation>
        </message>
        <message>
            <source>Mail server user</source>
            <translation>Пошта серверінің пайдаланушысы</translation>
        </message>
        <message>
            <source>Sender address</source>
            <translation>Жіберушінің мекенжайы</translation>
        </message>
        <message>
            <source>Sender name</source>
            <translation>Жіберушінің аты</translation>
        </message>
        <message>
            <source>HR e-mail addresses</source>
            <translation>Кадрлық қызметтің электрондық пошта мекенжайлары</translation>
        </message>
        <message>
            <source>Competence Centre e-mail addresses</source>
            <translation>Құзыреттер орталығының электрондық пошта мекенжайлары</translation>
        </message>
        <message>
            <source>Language of e-mails</source>
            <translation>Хаттардың тілі</translation>
        </message>
        <message>
            <source>Remind of applications (days before)</source>
            <translation>Өтініштер туралы еске салу (неше күн бұрын)</translation>
        </message>
        <message>
            <source>Remind of certificates and reports (days before)</source>
            <translation>Сертификаттар мен есептер туралы еске салу (неше күн бұрын)</translation>
        </message>
        <message>
            <source>Remind of the 3-year check (days before)</source>
            <translation>Үш жылдық талап туралы еске салу (неше күн бұрын)</translation>
        </message>
        <message>
            <source>Remind heads of department requests (days before)</source>
            <translation>Бөлімше басшыларына өтінімдер туралы еске салу (неше күн бұрын)</translation>
        </message>
        <message>
            <source>Remind the centre of the plan (days before)</source>
            <translation>Орталыққа жоспар туралы еске салу (неше күн бұрын)</translation>
        </message>
        <message>
            <source>Remind of other deadlines (days before)</source>
            <translation>Басқа мерзімдер туралы еске салу (неше күн бұрын)</translation>
        </message>
        <message>
            <source>Weekly digest to HR and heads on</source>
            <translation>Кадрлық қызмет пен басшыларға апталық шолу жіберілетін күн</translation>
        </message>
        <message>
            <source>Digest looks ahead (days)</source>
            <translation>Шолу қамтитын алдағы күндер саны</translation>
        </message>
        <message>
            <source>Daily backups kept</source>
            <translation>Сақталатын күнделікті көшірмелер</translation>
        </message>
        <message>
            <source>Weekly backups kept</source>
            <translation>Сақталатын апталық көшірмелер</translation>
        </message>
        <message>
            <source>Monthly backups kept</source>
            <translation>Сақталатын айлық көшірмелер</translation>
        </message>
        <message>
            <source>Rector's title (Kazakh)</source>
            <translation>Ректордың лауазымы (қазақ тілінде)</translation>
        </message>
        <message>
            <source>Rector's title (Russian)</source>
            <translation>Ректордың лауазымы (орыс тілінде)</translation>
        </message>
        <message>
            <source>Rector (initials and surname)</source>
            <translation>Ректор (аты-жөнінің бас әріптері және тегі)</translation>
        </message>
        <message>
            <source>Rector as addressee, Kazakh dative (Б.Қ. Сәрсеновке)</source>
            <translation>Ректор — өтініштің адресаты, барыс септігінде (Б.Қ. Сәрсеновке)</translation>
        </message>
        <message>
            <source>Rector as addressee, Russian dative (Сарсенову Б.К.)</source>
            <translation>Ректор — өтініштің адресаты, орысша барыс септігінде (Сарсенову Б.К.)</translation>
        </message>
        <message>
            <source>Head of the Competence Centre</source>
            <translation>Құзыреттілік орталығының басшысы</translation>
        </message>
        <message>
            <source>Head of HR</source>
            <translation>Кадрлық қызмет бөлімінің басшысы</translation>
        </message>
        <message>
            <source>a whole number from 1 to 65535</source>
            <translation>1-ден 65535-ке дейінгі бүтін сан</translation>
        </message>
        <message>
            <source>a whole number from 0 to 10000</source>
            <translation>0-ден 10000-ға дейінгі бүтін сан</translation>
        </message>
        <message>
            <source>one e-mail address</source>
            <translation>бір электрондық пошта мекенжайы</translation>
        </message>
        <message>
            <source>e-mail addresses separated by commas</source>
            <translation>үтірмен бөлінген электрондық пошта мекенжайлары</translation>
        </message>
        <message>
            <source>a date, YYYY-MM-DD</source>
            <translation>күн, ЖЖЖЖ-АА-КК</translation>
        </message>
        <message>
            <source>month and day, MM-DD</source>
            <translation>ай мен күн, АА-КК</translation>
        </message>
        <message>
            <source>days before the due date (0 to 366) and the words {words}, separated by commas</source>
            <translation>мерзімге дейінгі күндер (0-ден 366-ға дейін) және {words} сөздері, үтірмен бөлінген</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Баптаулар</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Жалпы</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Жүйедегідей</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Тіл:</translation>
        </message>
        <message>
            <source>Academy (Kazakh):</source>
            <translation>Академия (қазақ тілінде):</translation>
        </message>
        <message>
            <source>Academy (Russian):</source>
            <translation>Академия (орыс тілінде):</translation>
        </message>
        <message>
            <source>Academy (English):</source>
            <translation>Академия (ағылшын тілінде):</translation>
        </message>
        <message>
            <source>Rector's title (Kazakh):</source>
            <translation>Ректордың лауазымы (қазақ тілінде):</translation>
        </message>
        <message>
            <source>Rector's title (Russian):</source>
            <translation>Ректордың лауазымы (орыс тілінде):</translation>
        </message>
        <message>
            <source>Rector:</source>
            <translation>Ректор:</translation>
        </message>
        <message>
            <source>Head of the Competence Centre:</source>
            <translation>Құзыреттілік орталығының басшысы:</translation>
        </message>
        <message>
            <source>Head of HR:</source>
            <translation>Кадрлық қызмет бөлімінің басшысы:</translation>
        </message>
        <message>
            <source>Reading the regulation</source>
            <translation>Ережелерді түсіндіру</translation>
        </message>
        <message>
            <source>in-profile hours add up over the 3 years (72 / 36 in total)</source>
            <translation>бейін бойынша сағаттар 3 жыл ішінде қосылады (барлығы 72 / 36)</translation>
        </message>
        <message>
            <source>one course of at least 72 / 36 hours is needed</source>
            <translation>кемінде 72 / 36 сағаттық бір курс қажет</translation>
        </message>
        <message>
            <source>calendar days</source>
            <translation>күнтізбелік күндер</translation>
        </message>
        <message>
            <source>working days (weekends and Kazakhstan's holidays skipped)</source>
            <translation>жұмыс күндері (демалыс және Қазақстанның мереке күндерінсіз)</translation>
        </message>
        <message>
            <source>a talk is counted once per event, instead of the day rate</source>
            <translation>баяндама күн бойынша есептеудің орнына іс-шараға бір рет есептеледі</translation>
        </message>
        <message>
            <source>a talk is counted for every day of the event</source>
            <translation>баяндама іс-шараның әр күні үшін есептеледі</translation>
        </message>
        <message>
            <source>whole weeks of the internship's days</source>
            <translation>тағылымдама күндеріндегі толық апталар</translation>
        </message>
        <message>
            <source>every started week</source>
            <translation>басталған әр апта</translation>
        </message>
        <message>
            <source>only heads of administrative units and their deputies (E464 4.5)</source>
            <translation>тек әкімшілік бөлімшелердің басшылары мен олардың орынбасарлары (Е464 4.5)</translation>
        </message>
        <message>
            <source>heads of teaching departments too</source>
            <translation>кафедра меңгерушілері де</translation>
        </message>
        <message>
            <source>Faculty hours:</source>
            <translation>ПОҚ сағаттары:</translation>
        </message>
        <message>
            <source>Deadline days:</source>
            <translation>Мерзімдерді есептеудегі күндер:</translation>
        </message>
        <message>
            <source>Conference talks (CPD):</source>
            <translation>Конференциядағы баяндамалар (ҮКД):</translation>
        </message>
        <message>
            <source>Internship weeks (CPD):</source>
            <translation>Тағылымдама апталары (ҮКД):</translation>
        </message>
        <message>
            <source>Management training:</source>
            <translation>Басқару бойынша оқу:</translation>
        </message>
        <message>
            <source>A changed reading applies to deadlines and checks from this day; earlier dates keep the old one</source>
            <translation>Өзгертілген түсіндірме мерзімдер мен тексерулерге осы күннен бастап қолданылады; бұрынғы күндер үшін бұрынғысы сақталады</translation>
        </message>
        <message>
            <source>Changes take effect from:</source>
            <translation>Өзгерістер күшіне енеді:</translation>
        </message>
        <message>
            <source>day</source>
            <translation>күні</translation>
        </message>
        <message>
            <source>month</source>
            <translation>айы</translation>
        </message>
        <message>
            <source>Department requests due:</source>
            <translation>Кафедралар өтінімдерінің мерзімі:</translation>
        </message>
        <message>
            <source>Deadlines due before this day are history: hidden unless you ask for them</source>
            <translation>Осы күнге дейінгі мерзімдер тарих болып саналады: сұрамасаңыз көрсетілмейді</translation>
        </message>
        <message>
            <source>History before:</source>
            <translation>Тарих, осы күнге дейін:</translation>
        </message>
        <message>
            <source>04.01.2027 off Government decree No …; …</source>
            <translation>04.01.2027 off Үкімет қаулысы № …; …</translation>
        </message>
        <message>
            <source>Each day: the date, 'off' or 'working', and the decree it comes from; separate days with ';'</source>
            <translation>Әр күн: күні, 'off' (демалыс) немесе 'working' (жұмыс) және қай қаулыдан екені; күндерді ';' белгісімен бөліңіз</translation>
        </message>
        <message>
            <source>Working-day changes:</source>
            <translation>Жұмыс күндерінің өзгерістері:</translation>
        </message>
        <message>
            <source>That day does not exist in that month.</source>
            <translation>Бұл айда мұндай күн жоқ.</translation>
        </message>
        <message>
            <source>Working-day changes, day {n}: «{line}» is not a date (DD.MM.YYYY) followed by 'off' or 'working'.</source>
            <translation>Жұмыс күндерінің өзгерістері, {n}-күн: «{line}» – күн (КК.АА.ЖЖЖЖ) және одан кейін 'off' не 'working' емес.</translation>
        </message>
    </context>
    <context>
        <name>SinceNotice</name>
        <message>
            <source>Since {date}: {deadlines} deadlines fell due or became overdue, {staff} staff became overdue. &lt;a href="deadlines"&gt;Show&lt;/a&gt;</source>
            <translation>{date} бері: {deadlines} мерзім келді немесе өтіп кетті, {staff} қызметкердің мерзімі өтті. &lt;a href="deadlines"&gt;Көрсету&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>StaffModel</name>
        <message>
            <source>Not checked</source>
            <translation>Тексерілмейді</translation>
        </message>
        <message>
            <source>Due by the end of next year</source>
            <translation>Келесі жылдың соңына дейін мерзімі келеді</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Сағат</translation>
        </message>
        <message>
            <source>In-profile PD hours in the 3-year window</source>
            <translation>3 жылдық кезеңдегі бейін бойынша БА сағаттары</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Қажет</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Кафедра</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Лауазымы</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>Басшы</translation>
        </message>
        <message>
            <source>Healthcare</source>
            <translation>Медқызметкер</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>Search by name, IIN, department, position…</source>
            <translation>Аты-жөні, ЖСН, кафедра, лауазым бойынша іздеу…</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>Барлық кафедралар</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Барлық санаттар</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Кез келген мәртебе</translation>
        </message>
        <message>
            <source>New employee…</source>
            <translation>Жаңа қызметкер…</translation>
        </message>
    </context>
    <context>
        <name>Standing</name>
        <message>
            <source>Overdue</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <source>Due this year</source>
            <translation>Биыл мерзімі келеді</translation>
        </message>
        <message>
            <source>Due next year</source>
            <translation>Келесі жылы мерзімі келеді</translation>
        </message>
        <message>
            <source>New employee</source>
            <translation>Жаңа қызметкер</translation>
        </message>
        <message>
            <source>In order</source>
            <translation>Тәртіпте</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <source>server init runs as the database's owner</source>
            <translation>server init дерекқор иесінің атынан іске қосылады</translation>
        </message>
        <message>
            <source>'{login}': a login is up to 63 lower-case Latin letters, digits, '_', '.' or '-', starting with a letter</source>
            <translation>'{login}': логин — әріптен басталатын, 63 таңбаға дейінгі кіші латын әріптері, цифрлар, '_', '.' немесе '-'</translation>
        </message>
        <message>
            <source>'{role}': the role is one of {roles}</source>
            <translation>'{role}': рөл мыналардың бірі: {roles}</translation>
        </message>
        <message>
            <source>the password is empty</source>
            <translation>құпиясөз бос</translation>
        </message>
        <message>
            <source>a head needs at least one --department</source>
            <translation>меңгерушіге кемінде бір --department қажет</translation>
        </message>
        <message>
            <source>the user {login} already exists</source>
            <translation>{login} пайдаланушысы бұрыннан бар</translation>
        </message>
        <message>
            <source>the server already has a role called {login}</source>
            <translation>серверде {login} атты рөл бұрыннан бар</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>contains a control character ({code}), which is not allowed here</source>
            <translation>басқару таңбасы бар ({code}), мұнда оған рұқсат жоқ</translation>
        </message>
        <message>
            <source>contains a text-direction override ({code}), which is not allowed</source>
            <translation>мәтін бағытын ауыстыратын таңба бар ({code}), оған рұқсат жоқ</translation>
        </message>
        <message>
            <source>longer than {limit} characters ({length})</source>
            <translation>{limit} таңбадан ұзын ({length})</translation>
        </message>
        <message>
            <source>{value} is not plausible here: from {low} to {high}</source>
            <translation>{value} мұнда шындыққа жанаспайды: {low} мен {high} аралығында болуы керек</translation>
        </message>
        <message>
            <source>Control characters and direction overrides are not allowed</source>
            <translation>Басқару таңбаларына және мәтін бағытын ауыстыратын таңбаларға рұқсат жоқ</translation>
        </message>
        <message>
            <source>Too long</source>
            <translation>Тым ұзын</translation>
        </message>
        <message>
            <source>Not plausible</source>
            <translation>Шындыққа жанаспайды</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Міндетті өріс</translation>
        </message>
        <message>
            <source>12 digits with a valid check digit</source>
            <translation>Дұрыс бақылау цифры бар 12 цифр</translation>
        </message>
        <message>
            <source>Choose a category</source>
            <translation>Санатты таңдаңыз</translation>
        </message>
        <message>
            <source>Choose a kind</source>
            <translation>Түрін таңдаңыз</translation>
        </message>
        <message>
            <source>Before the hire date</source>
            <translation>Жұмысқа қабылданған күннен ерте</translation>
        </message>
        <message>
            <source>Before the start date</source>
            <translation>Басталу күнінен ерте</translation>
        </message>
        <message>
            <source>Must not be negative</source>
            <translation>Теріс болмауы тиіс</translation>
        </message>
        <message>
            <source>More hours than one activity can have</source>
            <translation>Бір іс-шара үшін мүмкін сағаттан көп</translation>
        </message>
        <message>
            <source>Hours or credits are needed for PD</source>
            <translation>БА үшін сағат немесе кредит қажет</translation>
        </message>
        <message>
            <source>Q1 to Q4</source>
            <translation>Q1-ден Q4-ке дейін</translation>
        </message>
        <message>
            <source>1 for the first or sole author</source>
            <translation>Бірінші немесе жалғыз автор үшін 1</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>University faculty</source>
            <translation>ЖОО ПОҚ</translation>
        </message>
        <message>
            <source>College faculty</source>
            <translation>Колледж ПОҚ</translation>
        </message>
        <message>
            <source>Administrative staff</source>
            <translation>ӘБП</translation>
        </message>
        <message>
            <source>Researcher</source>
            <translation>Ғылыми қызметкер</translation>
        </message>
        <message>
            <source>PD course</source>
            <translation>БА курсы</translation>
        </message>
        <message>
            <source>Master class</source>
            <translation>Шеберлік сыныбы</translation>
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
            <translation>Тағылымдама</translation>
        </message>
        <message>
            <source>Congress or conference</source>
            <translation>Конгресс / конференция</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Өзін-өзі бағалау</translation>
        </message>
        <message>
            <source>Monograph</source>
            <translation>Монография</translation>
        </message>
        <message>
            <source>Guideline or methodological recommendations</source>
            <translation>Нұсқаулық / әдістемелік ұсынымдар</translation>
        </message>
        <message>
            <source>Textbook</source>
            <translation>Оқулық</translation>
        </message>
        <message>
            <source>Article, recommended journal</source>
            <translation>Ұсынылған журналдағы мақала</translation>
        </message>
        <message>
            <source>Article, other journal</source>
            <translation>Басқа журналдағы мақала</translation>
        </message>
        <message>
            <source>Article, Scopus / Web of Science</source>
            <translation>Scopus / Web of Science журналындағы мақала</translation>
        </message>
        <message>
            <source>Patent</source>
            <translation>Патент</translation>
        </message>
        <message>
            <source>Intellectual-property certificate</source>
            <translation>Зияткерлік меншік құқығы туралы куәлік</translation>
        </message>
        <message>
            <source>Mentoring students</source>
            <translation>Студенттерге тәлімгерлік</translation>
        </message>
        <message>
            <source>Mentoring young specialists</source>
            <translation>Жас мамандарға тәлімгерлік</translation>
        </message>
        <message>
            <source>Innovative method implemented</source>
            <translation>Инновациялық әдісті енгізу</translation>
        </message>
        <message>
            <source>Professional association membership</source>
            <translation>Кәсіби қауымдастыққа мүшелік</translation>
        </message>
        <message>
            <source>Expert body membership</source>
            <translation>Сараптамалық кеңеске мүшелік</translation>
        </message>
        <message>
            <source>Expert or trainer activity</source>
            <translation>Сарапшылық / тренерлік қызмет</translation>
        </message>
        <message>
            <source>Regulatory document drafted</source>
            <translation>Нормативтік құжат әзірлеу</translation>
        </message>
        <message>
            <source>Exam material review</source>
            <translation>Емтихан материалдарын сараптау</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Облыстық</translation>
        </message>
        <message>
            <source>National</source>
            <translation>Республикалық</translation>
        </message>
        <message>
            <source>International</source>
            <translation>Халықаралық</translation>
        </message>
        <message>
            <source>Academy budget</source>
            <translation>Академия бюджеті</translation>
        </message>
        <message>
            <source>State order</source>
            <translation>Мемлекеттік тапсырыс</translation>
        </message>
        <message>
            <source>Grant or project</source>
            <translation>Грант / жоба</translation>
        </message>
        <message>
            <source>Own expense</source>
            <translation>Өз қаражаты есебінен</translation>
        </message>
        <message>
            <source>Host organisation</source>
            <translation>Қабылдаушы ұйым</translation>
        </message>
        <message>
            <source>Free of charge</source>
            <translation>Тегін</translation>
        </message>
    </context>
    <context>
        <name>WindowChart</name>
        <message>
            <source>{title}
ended {ended}, counts until {until}; {hours} h</source>
            <translation>{title}
{ended} аяқталды, {until} дейін есепке алынады; {hours} сағ.</translation>
        </message>
    </context>
</TS>
