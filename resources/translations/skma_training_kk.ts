<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>Checks</name>
    <message>
        <source>PD at least once in 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>72 hours in profile in 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>36 hours in profile in 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management PD once in 3 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was rejected; nothing was changed. Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked, nothing was changed (dry run):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written {path}: {staff} staff, {activities} activities, compliance as of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} staff checked as of {date}; {overdue} overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD credit units from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {units:g} credit units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo academy is ready: {staff} staff, {activities} activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error; nothing was changed. Details are in {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head or deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcare worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faculty or division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider or host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training contract No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting protocol No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credits</name>
    <message>
        <source>{rate} per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} per credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} with a talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} for a Q{quartile} journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} ({scope})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 per {items} test items, 1 per {cases} clinical cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no confirming document recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the profile of the specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author position does not qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membership shorter than required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credit units for this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours, dates or other data missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate and report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of SKMA Training (schema {revision}). It was not opened and nothing in it was changed. Please update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is busy: another program is writing to it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not an SKMA Training database or is damaged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} could not be upgraded; it was left as it was. A copy was saved as {backup}. Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no space left on the disk to write {path}. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an Excel or OpenDocument workbook (.xlsx, .xls, .ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it unpacks to far more data than a staff workbook holds (a damaged or hostile file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet «{sheet}» has more than {limit} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged or encrypted ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds {count} employees; the demo academy fills only an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another employee already has the IIN {iin}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {year} is approved; record the change as an amendment with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {year} is not approved yet: edit it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employee with IIN {iin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department called «{name}»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column «{column}» was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sheet with staff or activities was recognised (no header row with IIN and names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column not recognised; it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an end date is required for this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours or credits are required for PD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quartile is 1, 2, 3 or 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the author position starts at 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {limit} hours is not plausible for one activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same IIN is on row {first} with different data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same activity (IIN, kind, title, start) is on row {first} with different data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leaving date is before the hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (expected dd.mm.yyyy or yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year {year} is not plausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IIN has 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IIN&apos;s check digit is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IIN was stored as a number and lost its leading zeros; restored as {iin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a known {what}; use one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category is required for a new employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no employee with this IIN in the file&apos;s staff sheet or in the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academy name (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academy name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academy name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting faculty hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference talk credit units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department requests due (month-day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines tracked from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rector&apos;s title (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rector&apos;s title (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rector (initials and surname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the Competence Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of HR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits with a valid check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More hours than one activity can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours or credits are needed for PD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1 to Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 for the first or sole author</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>University faculty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College faculty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PD course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congress or conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline or methodological recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article, recommended journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article, other journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article, Scopus / Web of Science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intellectual-property certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring young specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovative method implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional association membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert body membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert or trainer activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulatory document drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam material review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academy budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
