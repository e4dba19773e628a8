<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>dt::AuditLog</name>
    <message>
        <source>Cannot append to the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 is missing (the next entry is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 (%2 at %3) does not follow entry %4: previous-hash link broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 (%2 at %3) was altered: its content no longer matches its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log ends at entry %1 but the case recorded its head as &apos;%2&apos;: entries were removed from the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::AuditLogModel</name>
    <message>
        <source>hash %1
previous %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::CaseFile</name>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a file already exists there; choose another name or open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: locked by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the case: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is open for writing by %1; close it there, or open it read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open for writing by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DialTrace case file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DialTrace case file (it is an SQLite database of another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DialTrace case file (no schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case was written by a newer DialTrace (schema version %1; this is DialTrace %2, which reads up to schema version %3). Open it with a newer DialTrace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot configure the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case uses the older schema version %1 and must be upgraded to %2; open it once for writing to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::CaseVerifier</name>
    <message>
        <source>SQLite integrity check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 row %2 refers to a missing %3 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every reference resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n broken reference(s); first: %1</source>
        <translation>
            <numerusform>%n broken reference; first: %1</numerusform>
            <numerusform>%n broken references; first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries, hash chain intact</source>
        <translation>
            <numerusform>%n audit entry, hash chain intact</numerusform>
            <numerusform>%n audit entries, hash chain intact</numerusform>
        </translation>
    </message>
    <message>
        <source>append-only guards in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log&apos;s append-only guards were removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::SampleCase</name>
    <message>
        <source>Sample case (synthetic demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the sample&apos;s truth.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the sample case into place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::Sha256</name>
    <message>
        <source>Hashing cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open for reading: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::SourceRegistry</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this file (SHA-256 %2) is already in the case as source #%3 &quot;%4&quot;, registered %5 by %6; use --force to add it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot record the source: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::SourcesModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock offset (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::sample::SampleGenerator</name>
    <message>
        <source>scale must be small, medium, large or a number of calls between 5000 and 10^9, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the call files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write error (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Qt has no GB18030 encoder (built without ICU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write truth.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::sample::XlsxWriter</name>
    <message>
        <source>%1: cannot create the workbook (libzip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot add %2 to the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::CasePage</name>
    <message>
        <source>Verifying integrity and audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: SQLite integrity, references and the audit hash chain are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 · created %2 with DialTrace %3 · schema %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ-ONLY: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sources · %2 calls · %3 numbers · %4 leak records · %5 complaints · %6 rejected rows · %7 analysis runs · %8 audit entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the synthetic demo investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DialTrace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DialTrace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the sample case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DialTrace cases (*.dtcase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DialTrace cases (*.dtcase);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DialTrace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;DialTrace %1&lt;/h3&gt;&lt;p&gt;Call tracing workstation for investigators of harassment, marketing and fraud calls. Runs fully offline.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::WelcomePage</name>
    <message>
        <source>DialTrace call tracing workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load seized call logs and leaked personal-information lists into one case, find the operators behind unwanted calls, trace which leaked list they dialled, and export evidence a prosecutor can verify. Works fully offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent cases yet. Create a case, or open the sample case to explore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
