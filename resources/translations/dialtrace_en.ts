<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>dt::Annotations</name>
    <message>
        <source>an empty note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Cannot seal the case after &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 (%2 at %3) is not signed by the key it names: the audit log was written again without that key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 (%2 at %3) is not signed, though the entries before it are</source>
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
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::CallsModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::CaseClock</name>
    <message>
        <source>UTC (unknown time zone &apos;%1&apos;)</source>
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
    <message>
        <source>%1: the case is read-only (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open a second connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interrupted write left %1 beside the case, which must be rolled back before the case can be read, and the folder or file is not writable; copy both files to a writable folder and open the case there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot roll back the interrupted write that left %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown time zone &apos;%2&apos; (an IANA name such as Asia/Shanghai, Europe/Berlin or UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is busy: another program is writing it (a command-line import?); open it again when that is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (an IANA name such as Asia/Shanghai, Europe/Berlin or UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case was changed outside DialTrace since it was last sealed (%1); `dialtrace-cli verify` names the change, and nothing can be added to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case was changed outside DialTrace since it was last sealed (%1); it is not upgraded to schema version %2, and `dialtrace-cli verify` with the DialTrace that wrote it names the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the case from schema version %1 to %2: version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening cancelled</source>
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
    <message>
        <source>append-only guards in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log&apos;s append-only guards were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in their blocks, each number&apos;s calls listed</source>
        <translation>
            <numerusform>%n call in its block, each number&apos;s calls listed</numerusform>
            <numerusform>%n calls in their blocks, each number&apos;s calls listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries, hash chain intact; entries %1 on signed (those before were written before cases were sealed)</source>
        <translation>
            <numerusform>%n audit entry, hash chain intact; entries %1 on signed (those before were written before cases were sealed)</numerusform>
            <numerusform>%n audit entries, hash chain intact; entries %1 on signed (those before were written before cases were sealed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries, hash chain intact, none signed</source>
        <translation>
            <numerusform>%n audit entry, hash chain intact, not signed</numerusform>
            <numerusform>%n audit entries, hash chain intact, none signed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries, hash chain intact, each signed</source>
        <translation>
            <numerusform>%n audit entry, hash chain intact, signed</numerusform>
            <numerusform>%n audit entries, hash chain intact, each signed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows in %2 groups match the signed root %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made outside DialTrace: %1</source>
        <translation>
            <numerusform>%n change made outside DialTrace: %1</numerusform>
            <numerusform>%n changes made outside DialTrace: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>sealed at the upgrade from schema %1 on %2: rows from before it are vouched for by that upgrade, not by their import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ComplaintsModel</name>
    <message>
        <source>Reported number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::DeviceTimelines</name>
    <message>
        <source>the case holds no number or handset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case holds no number &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case holds no handset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ExerciseAnswers</name>
    <message>
        <source>&apos;%1&apos; is not a question of an exercise sheet (Q1, Q2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer needs an entity (a number, a list, a call&apos;s row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no answer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::IdCard</name>
    <message numerus="yes">
        <source>%n character(s): a resident ID number has 18 (or 15 before 1999)</source>
        <translation>
            <numerusform>%n character: a resident ID number has 18 (or 15 before 1999)</numerusform>
            <numerusform>%n characters: a resident ID number has 18 (or 15 before 1999)</numerusform>
        </translation>
    </message>
    <message>
        <source>region masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1 is not a GB/T 2260 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date %1 is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked: only the visible parts can be used (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first 17 characters must be digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check character is %1, GB 11643 gives %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid (upgraded from 15 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::Imei</name>
    <message>
        <source>contains &apos;%1&apos;: an IMEI has digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 digits: check digit %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEISV with software version %1; check digit %2 computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 digits, Luhn check digit correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luhn check digit is %1, expected %2: mistyped or forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s): an IMEI has 15 (14 without check digit, 16 as IMEISV)</source>
        <translation>
            <numerusform>%n digit: an IMEI has 15 (14 without check digit, 16 as IMEISV)</numerusform>
            <numerusform>%n digits: an IMEI has 15 (14 without check digit, 16 as IMEISV)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dt::Lookup</name>
    <message>
        <source>a masked mobile number: matched against the numbers of a case by its visible digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::PhoneClassifier</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address used as a calling identity (FaceTime, VoIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hashed or pseudonymised identifier, kept as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be parsed as an international number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>international number (%1); caller IDs from abroad are easily spoofed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>international form, but not a valid number for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits starting with 1, but %1 is not an allocated mobile segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual-operator segment %1: resold, short-lived numbers favoured by auto-diallers; often cannot be called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 is for data and IoT cards, which place no voice calls: a voice call from it is spoofed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 national service number (banks, insurers, carriers): calls back reach a switchboard, not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>96 local service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>400 nationwide number: rented, forwarded to hidden lines; not callable back to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>800 free-phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>106 SMS service port: sends messages, takes no calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public or carrier short number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>虚拟网 short number (3–6 digits): it names a member of the subscriber&apos;s closed user group only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local fixed-line number written without its area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed-line number needs 7 or 8 digits after area code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed line, area code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, extension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s): no Chinese numbering plan shape fits</source>
        <translation>
            <numerusform>%n digit: no Chinese numbering plan shape fits</numerusform>
            <numerusform>%n digits: no Chinese numbering plan shape fits</numerusform>
        </translation>
    </message>
    <message>
        <source>China Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China Unicom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China Telecom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China Broadnet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::Language</name>
    <message>
        <source>en</source>
        <comment>the code of this translation&apos;s language (zh_CN in the Chinese one)</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>dt::RejectedRowsModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row as in the file</source>
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
    <name>dt::SigningKey</name>
    <message>
        <source>the cryptography library (libsodium) could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signing key can be read or written by other users (permissions %2); it must be readable by its owner only. Fix it with: chmod 600 &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the signing key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an Ed25519 secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the signing key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the public key: %2</source>
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
        <source>Registered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) of this source are also in %1 (the same call, stored once)</source>
        <translation>
            <numerusform>%Ln call of this source is also in %1 (the same call, stored once)</numerusform>
            <numerusform>%Ln calls of this source are also in %1 (the same call, stored once)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls shared with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::TrustedKeys</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not an Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ed25519 public key (64 hexadecimal digits, a line &apos;ed25519 HEX NAME&apos; as `dialtrace-cli keys export` prints it, or a file holding one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::VerdictOverrides</name>
    <message>
        <source>&apos;%1&apos; is not a verdict (suspect or legitimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a verdict needs the analyst&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case holds no number &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict of the analyst is recorded on &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::analysis::CallTable</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::analysis::CommonContacts</name>
    <message>
        <source>the case holds no number or operator &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>common contacts need two or more numbers or operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::analysis::CommonContactsModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First call (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::analysis::Detector</name>
    <message>
        <source>%1: no analysis yet; run `dialtrace-cli analyze` first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; in the analysis parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the analysis run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an analysis run of this version of DialTrace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analysis run is cut short or damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::analysis::LeakListsModel</name>
    <message numerus="yes">
        <source>compilation of %n list(s), %1 new records</source>
        <translation>
            <numerusform>compilation of %n list, %1 new records</numerusform>
            <numerusform>compilation of %n lists, %1 new records</numerusform>
        </translation>
    </message>
    <message>
        <source>resold from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resold into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked to another list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (source %2)
fields: %3
%4 full ID numbers
%5 of its %6 numbers were called by operators
%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct full phone numbers in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records whose phone number is masked (138****1234)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct numbers of the list that an operator of the latest run called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers called by operators / the list&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialled by operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share dialled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::analysis::LeakMatrixModel</name>
    <message>
        <source>%1 → %2: rank %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the operator&apos;s victims are in the list (+%2 masked matches): %3 of its victims, %4 of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first calls a median %1 days after the list was acquired (%2 to %3); %4 victims called before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no acquisition date: time precedence unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dialling order against list order: ρ = %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dialled in list order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 called none of the numbers of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n number(s), %2 victims</source>
        <translation>
            <numerusform>%1: %n number, %2 victims</numerusform>
            <numerusform>%1: %n numbers, %2 victims</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · lift %2 · %3 victims only this list explains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::analysis::LeakTrace</name>
    <message>
        <source>leak tracing cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::analysis::NumbersModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct callees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::analysis::NumbersTable</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::analysis::OperatorsModel</name>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First call (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::analysis::SupportingCallsModel</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file:line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::analysis::SuspectsModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per active day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::analysis::VictimTrail</name>
    <message>
        <source>nothing to trace: give a phone number, a masked number, an ID number or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number, a masked number (138****1234), a resident ID number or a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::analysis::ViolationsModel</name>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First call (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::callstore</name>
    <message>
        <source>call block %1 is damaged (%2 bytes for %3 calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call block %1 overlaps the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to sort the postings of %1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call block %1 names a missing source %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1 refers to a missing number, device or cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a further row of call %1 names no call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lists of calls of numbers from %1 do not match the calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lists of calls of numbers from %1 list calls that are not there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::callstore::BlockScan</name>
    <message>
        <source>call block %1 is damaged (%2 bytes for %3 calls)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::callstore::Reader</name>
    <message>
        <source>call block %1 is damaged (%2 bytes for %3 calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call postings of numbers from %1 are damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::callstore::Writer</name>
    <message>
        <source>value %1 is out of the range a call can store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many calls for one case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1 is not in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls %1-%2 (a block of source %3) were changed outside DialTrace since they were sealed; nothing was imported (dialtrace-cli verify names the change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::exports::ExportData</name>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (*.anx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables for spreadsheets (a folder: nodes.csv, edges.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEXF 1.3 for Gephi, with the calls on its timeline (*.gexf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML for yEd, Gephi and Cytoscape (*.graphml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::exports::ExportRunner</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::exports::RunGraph</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::graph::ChartStore</name>
    <message>
        <source>the case has no saved view named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view named &apos;%1&apos; exists already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::graph::LinkGraph</name>
    <message>
        <source>the saved chart has an unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved chart has a node without a known type or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved chart has an edge to a node it does not hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::graph::LinkGraphBuilder</name>
    <message>
        <source>the case holds no number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest analysis run has no operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case holds no leaked list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this kind of entity cannot be put on the chart by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such node on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n callees</source>
        <translation>
            <numerusform>%n callee</numerusform>
            <numerusform>%n callees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callers</source>
        <translation>
            <numerusform>%n caller</numerusform>
            <numerusform>%n callers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persons</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>this node is not an aggregate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::CompressedReader</name>
    <message>
        <source>%1: cannot open for reading: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot unpack: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the compressed data ends early, after %2 bytes unpacked (a truncated file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: data that is not gzip after the compressed data (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the compressed data is damaged near byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: compressed %2:1, far beyond any export: refused as a possible zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot unpack into a temporary file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a zip archive with no file in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a zip archive of %2 files (%3): DialTrace imports a zip that holds one export; unpack it and import its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the compressed file holds nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no reader for the export inside (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::DateOrderResult</name>
    <message numerus="yes">
        <source>%n consecutive day(s)</source>
        <translation>
            <numerusform>%n consecutive day</numerusform>
            <numerusform>%n consecutive days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) spread over %1 days</source>
        <translation>
            <numerusform>%n day spread over %1 days</numerusform>
            <numerusform>%n days spread over %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date fits both D/M/Y and M/D/Y (e.g. &quot;%1&quot;). Under %2 the dates are %3; under %4 they are %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are in date order under %1 (%2 steps back) but not under %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the period of the case&apos;s other sources: %1% of the dates under %2, %3% under %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value reads as a date; the default order %1 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates are written year first: there is nothing to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date reads the same in both orders (e.g. &quot;%1&quot;); the default order %2 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) fit only %1 (e.g. &quot;%2&quot; is no date under %3).</source>
        <translation>
            <numerusform>%n value fits only %1 (e.g. &quot;%2&quot; is no date under %3).</numerusform>
            <numerusform>%n values fit only %1 (e.g. &quot;%2&quot; is no date under %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The column mixes orders: %1 values fit only D/M/Y and %2 only M/D/Y. %3, the majority, is taken (e.g. &quot;%4&quot;); the %5 values that do not fit it will be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is taken: under it the calls form the far more plausible record (evidence %2, decided from %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single date cannot tell the order; the default %1 is kept. Check it, or set the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither reading is clearly more plausible (evidence %1, needed %2); the default %3 is kept. Check it, or set the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 set by the analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are no date under it and will be rejected (e.g. &quot;%1&quot;).</source>
        <translation>
            <numerusform>%n value is no date under it and will be rejected (e.g. &quot;%1&quot;).</numerusform>
            <numerusform>%n values are no date under it and will be rejected (e.g. &quot;%1&quot;).</numerusform>
        </translation>
    </message>
    <message>
        <source>The data alone say %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::DelimitedReader</name>
    <message>
        <source>%1: binary data (NUL bytes): not a text table, a spreadsheet or a phone database DialTrace knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding: unknown encoding &apos;%1&apos; (UTF-8, GB18030/GBK, UTF-16LE, UTF-16BE, ISO-8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 holds more than %3 values or %4 bytes: not a table&apos;s row. A list of numbers is read one per line: put each value on its own line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::FieldMapper</name>
    <message>
        <source>--map: &apos;%1&apos; is not field=Column; fields are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: no column &apos;%1&apos; (columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::HtmlReader</name>
    <message>
        <source>--encoding: unknown encoding &apos;%1&apos; (UTF-8, GB18030/GBK, UTF-16LE, UTF-16BE, ISO-8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the page declares %2, its bytes say otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an HTML page without a table (a bill saved before its records loaded?): cannot tell what this file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an HTML page whose %2 table(s) have no header row naming call or list fields: cannot tell what this file holds; export the bill as a spreadsheet or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a bill of one number&apos;s calls (对方号码 without 本机号码) that does not say its own number above the table; give it with --owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an HTML page over %2 MB: too large for a saved bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::ImportPreviewModel</name>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::Importer</name>
    <message>
        <source>%1: the case is read-only (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be calls, leak or complaints, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a call log needs caller and callee (or local and other number) columns; found %2. Use --map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a call log needs a start-time column. Use --map start=Column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the import: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data rows (header only?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot commit the import: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no reader for the format &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was imported (%2 bytes read, %3 when the import began); nothing was imported, import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date-order must be ymd, dmy, mdy or auto, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date order %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock: not measured: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: every row (%2) was rejected, nothing was imported; line %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock offset %1 s is beyond ten years (±%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::Input</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open for reading: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::JsonReader</name>
    <message>
        <source>%1: JSON, but not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 (byte %3): not valid JSON: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list starts with &apos;[&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more after the end of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list ends early (truncated file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; expected after an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element expected after &apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: a list element over %3 MB: not a list of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: objects with over %3 different keys: not a list of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::MappingModel</name>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered / disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::MappingProfiles</name>
    <message>
        <source>a mapping profile needs a name and a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::PhoneDbReader</name>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CallLog table without number, calltype, start and duration columns (has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a known phone database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected table layout: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an SQLite database without a call table DialTrace knows (calls, ZCALLRECORD, CallLog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data rows (header only?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::Reader</name>
    <message>
        <source>%1: import cancelled; the case is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::ReaderRegistry</name>
    <message>
        <source>%1: binary data (NUL bytes): not a text table, a spreadsheet or a phone database DialTrace knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot tell what this file holds (columns: %2); say --kind and --map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::RowSink</name>
    <message>
        <source>--timezone: unknown time zone &apos;%1&apos; (e.g. Asia/Shanghai, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a call was not numbered ahead (internal error); the case is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a row was not resolved ahead (internal error); the case is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::SkewEstimate</name>
    <message>
        <source>No call of the case lies within the file&apos;s period: no clock offset can be measured, nothing is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) of the case lie within the file&apos;s period, but none has the same parties and duration as one of the file&apos;s: no clock offset can be measured, nothing is applied.</source>
        <translation>
            <numerusform>%n call of the case lies within the file&apos;s period, but not with the same parties and duration as one of the file&apos;s: no clock offset can be measured, nothing is applied.</numerusform>
            <numerusform>%n calls of the case lie within the file&apos;s period, but none has the same parties and duration as one of the file&apos;s: no clock offset can be measured, nothing is applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n call(s) of the file pair with calls of the case: too few to measure a clock offset, nothing is applied.</source>
        <translation>
            <numerusform>Only %n call of the file pairs with a call of the case: too few to measure a clock offset, nothing is applied.</numerusform>
            <numerusform>Only %n calls of the file pair with calls of the case: too few to measure a clock offset, nothing is applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>start %1 s later in the file than in the case (at %2: the file&apos;s clock is fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1 s earlier in the file than in the case (at %2: the file&apos;s clock is slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start at the same second in both (at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the file&apos;s %2 calls pair with a call of the case (same parties, durations within %3 s); %4 of them (%5%) %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference changes by %1 ppm (%2 s a day) over the %3 days of pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> plus %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minus %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is %1 h%2: the file&apos;s times look written in another time zone than assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 rather than %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence is clear: %1 s is added to the file&apos;s times%2. Re-importing with a clock offset of 0 undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, changing by %1 ppm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two clocks agree: nothing to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the file&apos;s time zone rather than a clock offset; nothing is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few pairs to apply it (%1 needed): nothing is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peak is not sharp enough to apply it (%1% of the pairable calls in it, %2% needed): nothing is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another offset, %1 s, is nearly as well supported (%2 pairs): nothing is applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::SourceClock</name>
    <message>
        <source>%1: no source &apos;%2&apos; (sources: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: source &apos;%2&apos; is a %3 source, not a call log: it has no clock to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original file %1 is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file at %1 is not the one imported (its SHA-256 differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read again as it was imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no other call of the case to measure against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source #%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1 s added to its times, drift %2 ppm (basis: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: nothing (basis: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured now: %1 s, drift %2 ppm; support %3 of %4 pairable calls (%5%), spread %6 s, runner-up %7; decision %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At import: %1 s, support %2 of %3, decision %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares %1 calls with #%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::TimesPreview</name>
    <message>
        <source>Only a call log&apos;s clock is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock offset is given (%1 s): nothing is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is not measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no calls yet: there is nothing to measure the file&apos;s clock against.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::XlsxReader</name>
    <message>
        <source>%1: a zip file, but not an xlsx workbook (no xl/workbook.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet&apos;s XML is damaged at line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from its row %2 on, the sheet was read by the general XML reader (slower, the same rows): the fast reader does not read %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XML declaration other than version 1.0 in UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CDATA section with a character it leaves to the XML reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the part inside a CDATA section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the part inside an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text with a character or an entity it leaves to the XML reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the part inside a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an end tag that does not close the open element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment or a DTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a processing instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a start tag that is not well formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a namespace declared below the root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an undeclared namespace prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many kinds of elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements nested too deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row number that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell reference with an entity or white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell reference past the last column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell type with an entity or white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shared string index that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook&apos;s date system (workbookPr date1904=&quot;%2&quot;) is neither 1900 nor 1904</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ingest::ZipArchive</name>
    <message>
        <source>%1: not a readable zip archive (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 would unpack to %3 MB, over the %4 MB limit: refused as a possible zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is compressed %3:1, far beyond any export: refused as a possible zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is compressed %2:1, far beyond any export: refused as a possible zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::report::Report</name>
    <message>
        <source>unknown language &apos;%1&apos; (zh or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown audience &apos;%1&apos; (prosecutor, trainer or internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report must end in .pdf, .html or .htm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no manifest next to the report (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a DialTrace report manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1 matches the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report was changed after it was signed (SHA-256 %2, manifest says %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 signature valid, workstation key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the manifest&apos;s signature does not match its contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 verifies (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from the case as sealed by audit entry %1 (%2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from the case as it is now sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the manifest names no case state (a report from before cases were sealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not made from %2: the case never held the state it names (root %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysis run %1 is in the case, on the same inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysis run %1 is not in the case as the manifest names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name %1 as signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report was renamed: it was signed as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 is trusted here (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed by key %2, which is not trusted here (dialtrace-cli keys trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
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
    <name>dt::seal::Seal</name>
    <message>
        <source>%1: rows sealed before (up to id %2) are gone; the case was changed outside DialTrace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls: blocks sealed before (up to call %1) are gone; the case was changed outside DialTrace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case has no audit log to seal after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its seal is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature of its seal does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stored digests do not match its signed root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has rows after id %2 that were never sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost its last rows (sealed up to id %2, now %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its seal follows audit entry %1, but the audit log ends at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 row added (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 row deleted (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 row changed (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows added among %3 %4-%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows deleted among %3 %4-%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rows changed among %2 %3-%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 changed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 row added (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows added (ids %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a block was added (calls %2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: block %2 differs (calls %3-%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: block %2 was deleted (calls %3-%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 row added (call %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows added (calls %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case has no seal (it was written before schema 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case&apos;s seal is missing (seal_head was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seal&apos;s signature does not match it: its root was written again without the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seal was made after audit entry %1, but the audit log ends at entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seal&apos;s stored digests do not match its signed root (seal_groups was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seal&apos;s records of %1 do not match their digest (seal_chunks was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table is gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::seal::Tables</name>
    <message>
        <source>%1 of run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of source %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of source %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::training::ExerciseKey</name>
    <message>
        <source>unknown scenario &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (zh or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown difficulty &apos;%1&apos; (easy, medium or hard)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::training::ExercisePack</name>
    <message>
        <source>%1: cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder is not empty; an exercise pack needs a folder of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the generator&apos;s truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot remove the generator&apos;s truth from the pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::training::SealedKey</name>
    <message>
        <source>the trainer&apos;s passphrase must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium cannot be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DialTrace answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer key has been altered: its signature does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer key was made by a newer DialTrace (format version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer key is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for this answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the passphrase file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trainer&apos;s passphrase is needed: --passphrase-file FILE or DIALTRACE_TRAINER_PASSPHRASE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::ActivityCharts</name>
    <message>
        <source>Select an operator or a number to see when it called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s) placed</source>
        <translation>
            <numerusform>%1: %n call placed</numerusform>
            <numerusform>%1: %n calls placed</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls by hour of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour × weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call durations (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaked list acquired → victim&apos;s first call (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n victim(s)</source>
        <translation>
            <numerusform>%1: %n victim</numerusform>
            <numerusform>%1: %n victims</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls per day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls by hour of day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour × weekday (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n</source>
        <comment>a leaked list and its victims in the lag chart&apos;s key</comment>
        <translation>
            <numerusform>%1: %n victim</numerusform>
            <numerusform>%1: %n victims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dt::ui::AddNoteCommand</name>
    <message>
        <source>note on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::AnalysisPage</name>
    <message>
        <source>Analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 (%2, DialTrace %3): %4 suspect numbers in %5 operators; %6 high-volume numbers judged legitimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis yet: run it to score the numbers and find the operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the latest analysis run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the calls… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the calls… %1% (about %2 s left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the analysis run…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::AnalysisProcess</name>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::CallsWindowBar</name>
    <message>
        <source>Previous %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls %1–%2 of %3</source>
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
        <source>READ-ONLY: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sources · %2 calls · %3 numbers · %4 leak records · %5 complaints · %6 rejected rows · %7 analysis runs · %8 audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls of a number (any spelling) — Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to call %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag call %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 · created %2 with DialTrace %3 · schema %4 · times in %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the calls, numbers and records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the calls of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (trusted as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified and trusted: SQLite integrity, references, the audit chain and the seal are intact; signed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact, but NOT trusted: the case is unchanged, but nothing in it is signed, so nothing says which workstation made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intact, but NOT trusted: the case is unchanged since it was sealed, but signed by %n key(s) this workstation does not trust: %1. Compare the fingerprint with its owner, then trust it (dialtrace-cli keys trust).</source>
        <translation>
            <numerusform>Intact, but NOT trusted: the case is unchanged since it was sealed, but signed by %n key this workstation does not trust: %1. Compare the fingerprint with its owner, then trust it (dialtrace-cli keys trust).</numerusform>
            <numerusform>Intact, but NOT trusted: the case is unchanged since it was sealed, but signed by %n keys this workstation does not trust: %1. Compare the fingerprints with their owners, then trust them (dialtrace-cli keys trust).</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN, changed outside DialTrace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches: no call of this case involves %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls in this case yet: import call records (Case → Import Files).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::ChartCaptionBand</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all calls of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::CliProcess</name>
    <message>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended with code %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::DemoDialog</name>
    <message>
        <source>What was seized and imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each number&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which numbers look like nuisance callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From numbers to operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leaked lists they dialled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rules were broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sources tab lists every file imported into the case: its SHA-256, the rows accepted and rejected, the time zone and any clock correction. Nothing is changed or dropped silently: a rejected row is kept with its reason, and every step is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every number the case builds a profile from its calls: calls a day, answer rate, call lengths, hours, handsets (IMEI) and cells. The details panel on the right shows the profile of the number chosen in any view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection scores each number against the signs of nuisance calling (many short, unanswered calls to strangers, at a machine&apos;s pace) and says why. A high score is a lead to check, not proof: legitimate bulk callers such as couriers score high too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that share handsets or cells, dial the same people, or take over when another stops are grouped into operations. The link chart shows who is tied to whom, and by what evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers each operation dialled are compared with the leaked lists: a list most of whose people were called, after it was acquired, is the operation&apos;s source. Lists compiled from other lists show as a lineage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls are checked against the rules of the 2018 campaign: calls after a complaint, outside permitted hours, marketing from service numbers, auto-dialler volumes. Each violation names the calls that support it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything found goes into a signed evidence report, every figure traceable to the file and line it came from. Open it to show the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Mode: step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::EntityFindings</name>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis yet: run it to score the numbers and find the operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis (run %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not score it: too few calls, or an ordinary pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::EntityPanel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
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
        <source>Issued in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers in the case that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAC (model batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case to see its calls, leaks and complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handsets (IMEI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In leaked lists (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints about it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints it made (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handsets of the same model batch (TAC) in the case (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the tag off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note, or #tag, on this entity — Return (Edit → Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator (analysis run %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these numbers are one operator (%1 links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaked lists it dialled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its victims, lift %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaked list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialled by operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its people (analysis run %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number (any spelling), 138****1234, ID number, name, OPR-001 or a list — Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not significant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Call records naming it, per source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dt::ui::EntityPanelDevices</name>
    <message>
        <source>Numbers used in this handset (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handsets over time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First — last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::ExerciseAnswersDialog</name>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 recorded for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 removed (the audit log keeps it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record each answer to the exercise sheet&apos;s questions: one entity (a number, a list, a call) per answer, with a note on how you found it. The exercise&apos;s sheet was not found next to the case&apos;s files: type the question&apos;s id (Q1, Q2, …) as the printed sheet gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record each answer to the exercise sheet&apos;s questions: one entity (a number, a list, a call) per answer, with a note on how you found it. Questions from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number in any spelling, a list&apos;s name, a call (FILE:LINE or call:ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the question asks of it: days, a rule, the source list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how you found it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::ExerciseScoreDialog</name>
    <message>
        <source>%1: cannot read the answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer key was sealed by a workstation this one does not trust (key %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee&apos;s Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DialTrace cases (*.dtcase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer keys (*.dtkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the trainee&apos;s case and the exercise&apos;s answer key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer&apos;s passphrase has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the answer key and scoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scored %n answer(s).</source>
        <translation>
            <numerusform>Scored %n answer.</numerusform>
            <numerusform>Scored %n answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score an Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score a trainee&apos;s case against the exercise&apos;s sealed answer key (answer-key.dtkey in the pack). Only the trainer&apos;s passphrase opens the key; a key changed by even one byte is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee&apos;s case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s passphrase (from %1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::HelpWindow</name>
    <message>
        <source>User manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DialTrace User Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::ImportFilesPage</name>
    <message>
        <source>Files to Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call logs, leaked lists and complaints: CSV/TXT in any common encoding, Excel, JSON, HTML bills and phone call databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the files, or drag them here from the file manager. The next page shows how each one will be read; nothing is imported before you click Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call logs, lists and complaints (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::ImportRunPage</name>
    <message>
        <source>Cancelling: the file in progress is rolled back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 accepted, %3 rejected, %4 duplicates merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled; nothing of it is in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NOT imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 left (%2/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file is imported in one piece: a cancelled or failed file leaves the case as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %Ln call(s) also recorded by %1, stored once</source>
        <translation>
            <numerusform>  %Ln call also recorded by %1, stored once</numerusform>
            <numerusform>  %Ln calls also recorded by %1, stored once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dt::ui::ImportSettingsPage</name>
    <message>
        <source>(no profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mapping to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this mapping (kept in the case, reusable for files of the same layout):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: %1 · format %2 · encoding %3 (%4)%5 · %6 columns%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · delimiter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 preview rows would be rejected; check the mapping and the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 preview rows would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each file is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what DialTrace detected and change anything that is wrong: the preview below follows every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaked personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For leaked lists: the date the list was seized or acquired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone databases: the device owner&apos;s number. HTML bills: the bill&apos;s own number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import even if the same file is already in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping as Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: which column of the file holds each field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the file&apos;s columns as decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured from the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds added to every time in the file, for a device whose clock was wrong. Lowest value: measured against the case&apos;s other sources and applied when the evidence is clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How dates such as 6/1/2006 are read: DialTrace decides from the file&apos;s dates unless you say.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::ImportSummaryPage</name>
    <message>
        <source>imported as %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows of this import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1. The rejected rows stay in the case (Rejected rows tab) with their line and the row as it was in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates read %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock corrected by %1 s (measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) also in %1, stored once</source>
        <translation>
            <numerusform>%Ln call also in %1, stored once</numerusform>
            <numerusform>%Ln calls also in %1, stored once</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected by reason, times, warnings / error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::ImportTimesPanel</name>
    <message>
        <source>Times: not worked out before the import (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file&apos;s times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no call times to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date order: %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times, as the import will read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read day first (D/M/Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read month first (M/D/Y)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::ImportWizard</name>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::ImportWords</name>
    <message>
        <source>call records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaked personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimited text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this order fits the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both orders fit; this one is far more plausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecidable from the data: the default order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern of zero bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASCII characters only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every byte sequence is valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared by the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spreadsheet, always UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database, always UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, always UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decodes as GB18030 (the character-set detector says %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with %1 invalid byte(s) (the character-set detector says %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::LeaksPage</name>
    <message>
        <source>Type a victim&apos;s phone number (any spelling), a masked number such as 138****1234, an ID number or a name, then press Return: the leaked lists that hold them, the operators that called them and their complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number of the case fits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis yet: operators are unknown, so no call is attributed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n leaked list record(s)</source>
        <translation>
            <numerusform>In %n leaked list record</numerusform>
            <numerusform>In %n leaked list records</numerusform>
        </translation>
    </message>
    <message>
        <source>acquired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acquisition date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first called %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 days after the list was acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 days BEFORE the list was acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not called by an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Called by %n operator number(s)</source>
        <translation>
            <numerusform>Called by %n operator number</numerusform>
            <numerusform>Called by %n operator numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First – last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made %n complaint(s)</source>
        <translation>
            <numerusform>Made %n complaint</numerusform>
            <numerusform>Made %n complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first 500 records and numbers are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaked lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which operator dialled which list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resale lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number, 138****1234, ID number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell: victims whose number the list holds (+ masked matches) · share of the operator&apos;s victims. Significant: %1 %2 %3; not significant: %4; empty: none of its victims is in the list. Hover for p-value, lift, lags and dialling order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n.s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis yet: run it on the first tab to trace the operators&apos; victims to the leaked lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n leaked list(s); %2 of %3 operators traced to a list beyond chance; %4 resale edge(s) between the lists.</source>
        <translation>
            <numerusform>Run %1: %n leaked list; %2 of %3 operators traced to a list beyond chance; %4 resale edge between the lists.</numerusform>
            <numerusform>Run %1: %n leaked lists; %2 of %3 operators traced to a list beyond chance; %4 resale edges between the lists.</numerusform>
        </translation>
    </message>
    <message>
        <source>Times are local (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the latest analysis run…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::LineageView</name>
    <message>
        <source>No leaked lists in the latest analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acquired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acquisition date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records · %2 phones · %3 masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dialled by operators: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compilation of %n list(s)</source>
        <translation>
            <numerusform>Compilation of %n list</numerusform>
            <numerusform>Compilation of %n lists</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new records (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of the child · %2 shared records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to any other list (no resale found beyond chance):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resale found between the lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3 shared records (%4 by phone, %5 masked, %6 by ID number); %7 of the parent; lift %8; %9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::LinkChartPage</name>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaked lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handsets (IMEI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two are not connected on the chart (with the current filters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection of four steps or fewer between these two on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled; the chart is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>, about %n s left</numerusform>
            <numerusform>, about %n s left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 …%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from the latest analysis: operators, their numbers, the lists they dialled and how the lists were resold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected entity&apos;s neighbours (double-click does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned entities stay where they are when the chart is laid out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layered layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists top-down along their resales, operators below, their numbers below those</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two entities (Ctrl+click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entity on a path of four steps or fewer between two selected entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Min. calls </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expanding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force-directed layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:
%1
– %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:
all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls on the chart yet: expand a number to see when it called</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shortest path: %n step(s).</source>
        <translation>
            <numerusform>Shortest path: %n step.</numerusform>
            <numerusform>Shortest path: %n steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities connect these two in %1 steps or fewer.</source>
        <translation>
            <numerusform>%n entity connects these two in %1 steps or fewer.</numerusform>
            <numerusform>%n entities connect these two in %1 steps or fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open (%n member(s))</source>
        <translation>
            <numerusform>Open (%n member)</numerusform>
            <numerusform>Open (%n members)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DialTrace link chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Link Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is open read-only; the chart is not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved in the case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entities and %3 of %4 links shown; %5 selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per day on the chart (%1) — drag to choose a time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Whole Latest Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole run is exported as data, not as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the whole run&apos;s chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a picture (PNG, SVG) or for i2 Analyst&apos;s Notebook, Gephi, yEd or a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Chart Shows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whole Latest Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every operator of the latest analysis with its numbers expanded, for i2 Analyst&apos;s Notebook, Gephi, yEd or a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding common contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in common to %1.</source>
        <translation>
            <numerusform>%n number in common to %1.</numerusform>
            <numerusform>%n numbers in common to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Common Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Numbers that %1 all called or were called by: %n number(s), most calls first. Each party&apos;s columns count its calls to the number and the number&apos;s calls to it.</source>
        <translation>
            <numerusform>Numbers that %1 all called or were called by: %n number, most calls first. Each party&apos;s columns count its calls to the number and the number&apos;s calls to it.</numerusform>
            <numerusform>Numbers that %1 all called or were called by: %n numbers, most calls first. Each party&apos;s columns count its calls to the number and the number&apos;s calls to it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Common contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers two or more selected numbers or operators all called or were called by (Ctrl+click to select)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what the chart shows, headed by the case and the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile Across Pages (Two Wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;? The case keeps its other views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s saved views: each keeps its entities, places, filters and time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new view, starting from the latest run&apos;s overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of this view, to try a variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>views can only be made in a case open for writing, when the chart is not busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view named &apos;%1&apos; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now showing &quot;%1&quot;, a copy to try a variant on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart&apos;s last view cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
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
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Number, ID or Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sample case: generating a synthetic investigation and importing its files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects &amp;&amp; operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaked lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Evidence &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import call logs, leaked lists or complaints into the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time Zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone the case&apos;s times are shown and local hours counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are now shown in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still being opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the calls and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::NumbersPage</name>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a number to see its verdict, score and reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls out / in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct callees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis gave no reason to score this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top talkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most distinct callees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most complained about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case to see its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling every number of the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: show the page again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers are profiled when this page is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers: %2 suspect, %3 legitimate, %4 ordinary%5; %6 listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no analysis yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdict &quot;%1&quot; (%2) is recorded; the next analysis run applies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdict on the selected number, with a reason: the next analysis run applies it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches: no number of this case fits these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed a line that is not a number&apos;s figures: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::OpeningPage</name>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::Printing</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 · DialTrace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::ReportDialog</name>
    <message>
        <source>Export evidence report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecutor: personal data masked except suspects&apos; numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer: all personal data masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: nothing masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File (.pdf or .html):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the report as it will be written; it will be signed with this workstation&apos;s key and the export recorded in the case&apos;s audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows only the first part of the report (%1 of %2); the exported file holds the full report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is too large to print from here: export it as PDF and print the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1 and its signed manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing and signing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop building the preview or writing the report; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: neither the report nor its manifest was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview cancelled. Change an option to build it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::SetTagCommand</name>
    <message>
        <source>tag %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1 off %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::ShortcutsDialog</name>
    <message>
        <source>Every table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::TableTools</name>
    <message>
        <source>Export Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows are more than a table export takes (%2); narrow the table first (a number&apos;s calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows are more than a printout takes (%2); narrow the table first (a number&apos;s calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::TimeZoneDialog</name>
    <message>
        <source>Time Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s times are stored in UTC. They are shown, and local hours (calls at night, hours of the day, days since a list was acquired) are counted, in this zone. Analyses run after a change count in the new zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone: type an IANA name such as Asia/Shanghai, Europe/Berlin or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s first call would show as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::TrainingMenu</name>
    <message>
        <source>Record as Answer (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise &amp;Answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score an Exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo Mode…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::VerdictDialog</name>
    <message>
        <source>The Analyst&apos;s Verdict on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis judged %1 &lt;b&gt;%2&lt;/b&gt;. A verdict of yours replaces it at the next analysis run, whatever the score; the run, the numbers view and the report name it with your reason, and the audit log keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the analysis computes it (no verdict of mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: what you know that the analysis does not (a check with the carrier, the owner, a statement…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dt::ui::ViolationsPage</name>
    <message>
        <source>There is no analysis to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suspect number(s) exported to %1.</source>
        <translation>
            <numerusform>%n suspect number exported to %1.</numerusform>
            <numerusform>%n suspect numbers exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Blocklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Blocklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis yet: the rules broken by the suspects appear here after a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) of the campaign&apos;s rules; select one to see its supporting calls.</source>
        <translation>
            <numerusform>%n violation of the campaign&apos;s rules; select one to see its supporting calls.</numerusform>
            <numerusform>%n violations of the campaign&apos;s rules; select one to see its supporting calls.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the latest analysis run…</source>
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
