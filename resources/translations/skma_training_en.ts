<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>DeadlinesPage</name>
    <message numerus="yes">
        <source>%n older items treated as history (before {date}) are shown — &lt;a href=&apos;hide&apos;&gt;hide them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n older item treated as history (before {date}) is shown — &lt;a href=&apos;hide&apos;&gt;hide them&lt;/a&gt;</numerusform>
            <numerusform>%n older items treated as history (before {date}) are shown — &lt;a href=&apos;hide&apos;&gt;hide them&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older items treated as history (before {date}) — &lt;a href=&apos;show&apos;&gt;show them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n older item treated as history (before {date}) — &lt;a href=&apos;show&apos;&gt;show them&lt;/a&gt;</numerusform>
            <numerusform>%n older items treated as history (before {date}) — &lt;a href=&apos;show&apos;&gt;show them&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As of {date}; %n rows</source>
        <translation>
            <numerusform>As of {date}; %n row</numerusform>
            <numerusform>As of {date}; %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n changes. Your role sees who made each and when, not the values.</source>
        <translation>
            <numerusform>%n change. Your role sees who made it and when, not the values.</numerusform>
            <numerusform>%n changes. Your role sees who made each and when, not the values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes, the newest first.</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes, the newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n staff</source>
        <translation>
            <numerusform>%n staff</numerusform>
            <numerusform>%n staff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue on {date}</source>
        <translation>
            <numerusform>%n overdue on {date}</numerusform>
            <numerusform>%n overdue on {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n selected activities with their paperwork? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the selected activity with its paperwork? This cannot be undone.</numerusform>
            <numerusform>Delete %n selected activities with their paperwork? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>The academy on {date}: %n staff checked</source>
        <translation>
            <numerusform>The academy on {date}: %n staff checked</numerusform>
            <numerusform>The academy on {date}: %n staff checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <source>without a topic: %n</source>
        <translation>
            <numerusform>without a topic: %n</numerusform>
            <numerusform>without a topic: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>without hours: %n</source>
        <translation>
            <numerusform>without hours: %n</numerusform>
            <numerusform>without hours: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>without a cost: %n</source>
        <translation>
            <numerusform>without a cost: %n</numerusform>
            <numerusform>without a cost: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>without dates or a quarter: %n</source>
        <translation>
            <numerusform>without dates or a quarter: %n</numerusform>
            <numerusform>without dates or a quarter: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the same person, kind and topic twice: %n</source>
        <translation>
            <numerusform>the same person, kind and topic twice: %n</numerusform>
            <numerusform>the same person, kind and topic twice: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submit the request of {department}: %n items.</source>
        <translation>
            <numerusform>Submit the request of {department}: %n item.</numerusform>
            <numerusform>Submit the request of {department}: %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n items of the submitted requests into the plan.</source>
        <translation>
            <numerusform>Put %n item of the submitted requests into the plan.</numerusform>
            <numerusform>Put %n items of the submitted requests into the plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve the plan for {year} with %n items.</source>
        <translation>
            <numerusform>Approve the plan for {year} with %n item.</numerusform>
            <numerusform>Approve the plan for {year} with %n items.</numerusform>
        </translation>
    </message>
</context>
</TS>
