<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
        <source>Written {path}: {staff} staff, {activities} activities, compliance as of {date}.</source>
        <translation>{path} файлы жазылды: қызметкерлер — {staff}, іс-шаралар — {activities}, талаптарға сәйкестік {date} жағдай бойынша.</translation>
    </message>
    <message>
        <source>Written {path}.</source>
        <translation>{path} файлы жазылды.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>сәйкес</translation>
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
        <source>{rate} per week</source>
        <translation>1 апта үшін {rate}</translation>
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
        <source>{rate} per year</source>
        <translation>1 жыл үшін {rate}</translation>
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
        <source>no credit units for this kind</source>
        <translation>бұл түр үшін сынақ бірліктері берілмейді</translation>
    </message>
    <message>
        <source>hours, dates or other data missing</source>
        <translation>сағат, күн немесе басқа деректер көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Certificate and report</source>
        <translation>Сертификат және есеп</translation>
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
        <source>{what} was not found.</source>
        <translation>Табылмады: {what}.</translation>
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
        <source>The file {path} could not be written: {reason}</source>
        <translation>{path} файлын жазу мүмкін болмады: {reason}</translation>
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
        <source>the IIN&apos;s check digit is wrong</source>
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
        <source>no employee with this IIN in the file&apos;s staff sheet or in the register</source>
        <translation>бұл ЖСН бойынша қызметкер файлдың қызметкерлер парағында да, тізілімде де жоқ</translation>
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
        <source>Department requests due (month-day)</source>
        <translation>Кафедралар өтінімдерін тапсыру мерзімі (ай-күн)</translation>
    </message>
    <message>
        <source>Deadlines tracked from</source>
        <translation>Мерзімдерді бақылаудың басталу күні</translation>
    </message>
    <message>
        <source>Rector&apos;s title (Kazakh)</source>
        <translation>Ректордың лауазымы (қазақ тілінде)</translation>
    </message>
    <message>
        <source>Rector&apos;s title (Russian)</source>
        <translation>Ректордың лауазымы (орыс тілінде)</translation>
    </message>
    <message>
        <source>Rector (initials and surname)</source>
        <translation>Ректор (аты-жөнінің бас әріптері және тегі)</translation>
    </message>
    <message>
        <source>Head of the Competence Centre</source>
        <translation>Құзыреттілік орталығының басшысы</translation>
    </message>
    <message>
        <source>Head of HR</source>
        <translation>Кадрлық қызмет бөлімінің басшысы</translation>
    </message>
</context>
<context>
    <name>Validation</name>
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
</TS>
