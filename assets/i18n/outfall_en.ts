<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationPane</name>
    <message>
        <source>Waiting for a decision</source>
        <translation>Waiting for a decision</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation>Applied %1</translation>
    </message>
    <message>
        <source>%1 · mismatches: %2</source>
        <translation>%1 · mismatches: %2</translation>
    </message>
    <message>
        <source>No applications here.</source>
        <translation>No applications here.</translation>
    </message>
    <message>
        <source>Choose an application on the left.</source>
        <translation>Choose an application on the left.</translation>
    </message>
    <message>
        <source>Application %1 · applied %2 · %3</source>
        <translation>Application %1 · applied %2 · %3</translation>
    </message>
    <message>
        <source>declared capacity %1</source>
        <translation>declared capacity %1</translation>
    </message>
    <message>
        <source>Declarations and what the inspection found</source>
        <translation>Declarations and what the inspection found</translation>
    </message>
    <message>
        <source>Mismatch flags (%1)</source>
        <translation>Mismatch flags (%1)</translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation>Earlier decisions</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason (required; the applicant reads it)</source>
        <translation>Reason (required; the applicant reads it)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
</context>
<context>
    <name>AssignmentDelegate</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
</context>
<context>
    <name>ChecklistItemDelegate</name>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>major</source>
        <translation>major</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Note (what you saw)</source>
        <translation>Note (what you saw)</translation>
    </message>
    <message>
        <source>Non-compliant: needs a note or a photo of this item before submitting</source>
        <translation>Non-compliant: needs a note or a photo of this item before submitting</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Outfall console</source>
        <translation>Outfall console</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Review (%1)</translation>
    </message>
    <message>
        <source>Flags (%1)</source>
        <translation>Flags (%1)</translation>
    </message>
    <message>
        <source>Applications (%1)</source>
        <translation>Applications (%1)</translation>
    </message>
    <message>
        <source>Routes (%1)</source>
        <translation>Routes (%1)</translation>
    </message>
</context>
<context>
    <name>ConsoleHeader</name>
    <message>
        <source>Outfall console</source>
        <translation>Outfall console</translation>
    </message>
    <message>
        <source>%1 · %2 permits in the district</source>
        <translation>%1 · %2 permits in the district</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>ConsoleMapPanel</name>
    <message>
        <source>No sites yet: the map appears once the server has answered.</source>
        <translation>No sites yet: the map appears once the server has answered.</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>enterprise</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>team %1</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>violation</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <source>New draw</source>
        <translation>New draw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>Pool (empty: every enterprise; e.g. region=440305,class=key)</source>
        <translation>Pool (empty: every enterprise; e.g. region=440305,class=key)</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>Seed (empty: chosen and recorded)</source>
        <translation>Seed (empty: chosen and recorded)</translation>
    </message>
    <message>
        <source>Weight by risk</source>
        <translation>Weight by risk</translation>
    </message>
    <message>
        <source>Risk weighting favours enterprises with open flags, past violations and a long time since the last inspection.</source>
        <translation>Risk weighting favours enterprises with open flags, past violations and a long time since the last inspection.</translation>
    </message>
</context>
<context>
    <name>DrawPane</name>
    <message>
        <source>New draw…</source>
        <translation>New draw…</translation>
    </message>
    <message>
        <source>Draw %1</source>
        <translation>Draw %1</translation>
    </message>
    <message>
        <source>%1 sites, %2 teams · %3</source>
        <translation>%1 sites, %2 teams · %3</translation>
    </message>
    <message>
        <source>No draws yet.</source>
        <translation>No draws yet.</translation>
    </message>
    <message>
        <source>Choose a draw on the left, or make a new one.</source>
        <translation>Choose a draw on the left, or make a new one.</translation>
    </message>
    <message>
        <source>Draw %1 · %2</source>
        <translation>Draw %1 · %2</translation>
    </message>
    <message>
        <source>Seed %1 · pool &quot;%2&quot; · candidates: %3 · weighting: %4 · %5</source>
        <translation>Seed %1 · pool &quot;%2&quot; · candidates: %3 · weighting: %4 · %5</translation>
    </message>
    <message>
        <source>Planned routes: %1 km in all, against %2 km in the draw&apos;s order.</source>
        <translation>Planned routes: %1 km in all, against %2 km in the draw&apos;s order.</translation>
    </message>
    <message>
        <source>Team %1: %2 · %3 km</source>
        <translation>Team %1: %2 · %3 km</translation>
    </message>
    <message>
        <source>Team %1: %2</source>
        <translation>Team %1: %2</translation>
    </message>
    <message>
        <source>Plan again…</source>
        <translation>Plan again…</translation>
    </message>
    <message>
        <source>Plan routes…</source>
        <translation>Plan routes…</translation>
    </message>
    <message>
        <source>Publish to the inspectors</source>
        <translation>Publish to the inspectors</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n photo(s)</source>
        <translation>
            <numerusform>Evidence: %n photo</numerusform>
            <numerusform>Evidence: %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) waiting to upload. Originals stay on this tablet until the server confirms them.</source>
        <translation>
            <numerusform>%n photo waiting to upload. Originals stay on this tablet until the server confirms them.</numerusform>
            <numerusform>%n photos waiting to upload. Originals stay on this tablet until the server confirms them.</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos on this tablet yet.</source>
        <translation>No photos on this tablet yet.</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>No caption</translation>
    </message>
    <message>
        <source>Taken %1 · %2</source>
        <translation>Taken %1 · %2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Signed records (%1)</source>
        <translation>Signed records (%1)</translation>
    </message>
</context>
<context>
    <name>EvidenceProofView</name>
    <message>
        <source>Proof: %1</source>
        <translation>Proof: %1</translation>
    </message>
    <message>
        <source>Record SHA-256</source>
        <translation>Record SHA-256</translation>
    </message>
    <message>
        <source>Chain no.</source>
        <translation>Chain no.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Leaf index</source>
        <translation>Leaf index</translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation>Tree size</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Root</translation>
    </message>
    <message>
        <source>Signed by the server</source>
        <translation>Signed by the server</translation>
    </message>
    <message>
        <source>Audit path</source>
        <translation>Audit path</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EvidenceRecordList</name>
    <message>
        <source>No. %1 · signed %2</source>
        <translation>No. %1 · signed %2</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Welcome to Outfall</source>
        <translation>Welcome to Outfall</translation>
    </message>
    <message>
        <source>1. Language / 语言</source>
        <translation>1. Language / 语言</translation>
    </message>
    <message>
        <source>Your supervisor gives you an enrolment file or code. Open the file, or paste the code below.</source>
        <translation>Your supervisor gives you an enrolment file or code. Open the file, or paste the code below.</translation>
    </message>
    <message>
        <source>2. Enrol this tablet</source>
        <translation>2. Enrol this tablet</translation>
    </message>
    <message>
        <source>Path of the enrolment file</source>
        <translation>Path of the enrolment file</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Paste the enrolment code here</source>
        <translation>Paste the enrolment code here</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
</context>
<context>
    <name>FlagPane</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Only the first 5000 are shown.</source>
        <translation>Only the first 5000 are shown.</translation>
    </message>
    <message>
        <source>Reason for the decision (kept with it)</source>
        <translation>Reason for the decision (kept with it)</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Decided: %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>No flags here.</source>
        <translation>No flags here.</translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message numerus="yes">
        <source>Open flags: %n</source>
        <translation>
            <numerusform>Open flags: %n</numerusform>
            <numerusform>Open flags: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No open flags for the permits on this tablet.</source>
        <translation>No open flags for the permits on this tablet.</translation>
    </message>
    <message>
        <source>Checking the permits on this tablet for flags…</source>
        <translation>Checking the permits on this tablet for flags…</translation>
    </message>
</context>
<context>
    <name>InspectionDeclarationSection</name>
    <message>
        <source>Declarations checked: %1 of %2; mismatches: %3</source>
        <translation>Declarations checked: %1 of %2; mismatches: %3</translation>
    </message>
    <message>
        <source>Declared: %1</source>
        <translation>Declared: %1</translation>
    </message>
    <message>
        <source>Found here</source>
        <translation>Found here</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Present, running</source>
        <translation>Present, running</translation>
    </message>
    <message>
        <source>Present, not running</source>
        <translation>Present, not running</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Capacity seen</source>
        <translation>Capacity seen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Record capacity</source>
        <translation>Record capacity</translation>
    </message>
    <message>
        <source>Outside every prohibited zone</source>
        <translation>Outside every prohibited zone</translation>
    </message>
    <message>
        <source>Inside a prohibited zone</source>
        <translation>Inside a prohibited zone</translation>
    </message>
</context>
<context>
    <name>InspectionFindingsCard</name>
    <message>
        <source>Findings of this visit</source>
        <translation>Findings of this visit</translation>
    </message>
    <message>
        <source>Read them with the representative before signing. Provisional until the server confirms them.</source>
        <translation>Read them with the representative before signing. Provisional until the server confirms them.</translation>
    </message>
    <message>
        <source>No discrepancy found in this visit&apos;s records so far (provisional: the server checks again after sync).</source>
        <translation>No discrepancy found in this visit&apos;s records so far (provisional: the server checks again after sync).</translation>
    </message>
</context>
<context>
    <name>InspectionMeasurementSection</name>
    <message>
        <source>Correcting %1. Saving records a new measurement that supersedes it.</source>
        <translation>Correcting %1. Saving records a new measurement that supersedes it.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>%1 (superseded)</source>
        <translation>%1 (superseded)</translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation>%1 (correction)</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
</context>
<context>
    <name>InspectionOutletSection</name>
    <message>
        <source>Outlet position</source>
        <translation>Outlet position</translation>
    </message>
    <message>
        <source>Fixes to average</source>
        <translation>Fixes to average</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message numerus="yes">
        <source>Take %n fix(es)</source>
        <translation>
            <numerusform>Take %n fix</numerusform>
            <numerusform>Take %n fixes</numerusform>
        </translation>
    </message>
    <message>
        <source>Record outlet check</source>
        <translation>Record outlet check</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>No inspection of this permit is in progress.</source>
        <translation>No inspection of this permit is in progress.</translation>
    </message>
    <message>
        <source>Your position: %1, %2 (±%3 m)</source>
        <translation>Your position: %1, %2 (±%3 m)</translation>
    </message>
    <message>
        <source>Waiting for a position fix…</source>
        <translation>Waiting for a position fix…</translation>
    </message>
    <message>
        <source>Start inspection here</source>
        <translation>Start inspection here</translation>
    </message>
    <message>
        <source>Checklist %1/%2</source>
        <translation>Checklist %1/%2</translation>
    </message>
    <message>
        <source>Measurements (%1)</source>
        <translation>Measurements (%1)</translation>
    </message>
    <message>
        <source>Outlet check (%1)</source>
        <translation>Outlet check (%1)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <source>Sign &amp; submit</source>
        <translation>Sign &amp; submit</translation>
    </message>
    <message>
        <source>No device profile is open.</source>
        <translation>No device profile is open.</translation>
    </message>
    <message>
        <source>Start anyway, marked far from the site</source>
        <translation>Start anyway, marked far from the site</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <source>Records (%1)</source>
        <translation>Records (%1)</translation>
    </message>
    <message>
        <source>Declarations (%1/%2)</source>
        <translation>Declarations (%1/%2)</translation>
    </message>
</context>
<context>
    <name>InspectionPhotoSection</name>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation>What the photo shows</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>This device has no camera: import the photo from a file.</source>
        <translation>This device has no camera: import the photo from a file.</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Or type the file&apos;s path</source>
        <translation>Or type the file&apos;s path</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>The next photo replaces a recorded one. Say why in the caption.</source>
        <translation>The next photo replaces a recorded one. Say why in the caption.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Caption (why it is replaced)</source>
        <translation>Caption (why it is replaced)</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Replacement</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>%1 Type the file&apos;s path below instead.</source>
        <translation>%1 Type the file&apos;s path below instead.</translation>
    </message>
    <message>
        <source>Keep it, marked far from the site</source>
        <translation>Keep it, marked far from the site</translation>
    </message>
</context>
<context>
    <name>InspectionProductionCard</name>
    <message>
        <source>Production seen on site</source>
        <translation>Production seen on site</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Recorded: %1</translation>
    </message>
    <message>
        <source>Not recorded yet: ask and record it before signing.</source>
        <translation>Not recorded yet: ask and record it before signing.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Load (%), as the representative states it</source>
        <translation>Load (%), as the representative states it</translation>
    </message>
    <message>
        <source>Load (%), if stated</source>
        <translation>Load (%), if stated</translation>
    </message>
    <message>
        <source>Record production</source>
        <translation>Record production</translation>
    </message>
</context>
<context>
    <name>InspectionSubmitSection</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enterprise representative</source>
        <translation>Enterprise representative</translation>
    </message>
    <message>
        <source>Representative&apos;s signature</source>
        <translation>Representative&apos;s signature</translation>
    </message>
    <message>
        <source>Sign as representative</source>
        <translation>Sign as representative</translation>
    </message>
    <message>
        <source>Refused to sign</source>
        <translation>Refused to sign</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Still missing before you can submit:</source>
        <translation>Still missing before you can submit:</translation>
    </message>
    <message>
        <source>Everything required is recorded.</source>
        <translation>Everything required is recorded.</translation>
    </message>
    <message>
        <source>Submit inspection</source>
        <translation>Submit inspection</translation>
    </message>
    <message>
        <source>%1 refused to sign (recorded at %2)</source>
        <translation>%1 refused to sign (recorded at %2)</translation>
    </message>
    <message>
        <source>%1 refused to sign at %2</source>
        <translation>%1 refused to sign at %2</translation>
    </message>
    <message>
        <source>%1 signed at %2</source>
        <translation>%1 signed at %2</translation>
    </message>
    <message>
        <source>voided by a change made after it</source>
        <translation>voided by a change made after it</translation>
    </message>
    <message>
        <source>Signing waits for the production state and a team of two inspectors.</source>
        <translation>Signing waits for the production state and a team of two inspectors.</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>%1 · certificate %2</source>
        <translation>%1 · certificate %2</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>Signature of %1</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>Sign as %1</translation>
    </message>
    <message>
        <source>Witness: %1</source>
        <translation>Witness: %1</translation>
    </message>
    <message>
        <source>If the representative refuses to sign, a witness who saw the refusal signs instead.</source>
        <translation>If the representative refuses to sign, a witness who saw the refusal signs instead.</translation>
    </message>
    <message>
        <source>Witness&apos;s name</source>
        <translation>Witness&apos;s name</translation>
    </message>
    <message>
        <source>Witness&apos;s signature</source>
        <translation>Witness&apos;s signature</translation>
    </message>
    <message>
        <source>Resubmit inspection</source>
        <translation>Resubmit inspection</translation>
    </message>
</context>
<context>
    <name>InspectionTeamCard</name>
    <message>
        <source>Inspection team</source>
        <translation>Inspection team</translation>
    </message>
    <message>
        <source>%1 (leads) · certificate %2</source>
        <translation>%1 (leads) · certificate %2</translation>
    </message>
    <message>
        <source>%1 · certificate %2</source>
        <translation>%1 · certificate %2</translation>
    </message>
    <message>
        <source>none on record</source>
        <translation>none on record</translation>
    </message>
    <message>
        <source>Add inspector</source>
        <translation>Add inspector</translation>
    </message>
    <message>
        <source>No other inspector with an enforcement certificate is known to this tablet; sync to get the staff list.</source>
        <translation>No other inspector with an enforcement certificate is known to this tablet; sync to get the staff list.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>InspectionUndeclaredOutlet</name>
    <message>
        <source>The inspection is no longer in progress.</source>
        <translation>The inspection is no longer in progress.</translation>
    </message>
    <message>
        <source>Wait until the fixes are taken.</source>
        <translation>Wait until the fixes are taken.</translation>
    </message>
    <message>
        <source>Take the fixes standing at the outlet first.</source>
        <translation>Take the fixes standing at the outlet first.</translation>
    </message>
    <message>
        <source>Describe the outlet first.</source>
        <translation>Describe the outlet first.</translation>
    </message>
    <message>
        <source>Undeclared outlet</source>
        <translation>Undeclared outlet</translation>
    </message>
    <message>
        <source>An outlet that is not on the permit is illegal discharge. Take the fixes standing at it, describe it and record it.</source>
        <translation>An outlet that is not on the permit is illegal discharge. Take the fixes standing at it, describe it and record it.</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>e.g. pipe into the river behind the workshop</source>
        <translation>e.g. pipe into the river behind the workshop</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message numerus="yes">
        <source>Take %n fix(es) here</source>
        <translation>
            <numerusform>Take %n fix here</numerusform>
            <numerusform>Take %n fixes here</numerusform>
        </translation>
    </message>
    <message>
        <source>Record undeclared outlet</source>
        <translation>Record undeclared outlet</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Outfall</source>
        <translation>Outfall</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Permits</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Open permit</source>
        <translation>Open permit</translation>
    </message>
    <message>
        <source>No assigned outlets to show. Sync to receive today&apos;s route.</source>
        <translation>No assigned outlets to show. Sync to receive today&apos;s route.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
</context>
<context>
    <name>NetworkClients</name>
    <message>
        <source>Enrolled. Device %1 is ready.</source>
        <translation>Enrolled. Device %1 is ready.</translation>
    </message>
</context>
<context>
    <name>OfAnswerButtons</name>
    <message>
        <source>Compliant</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Non-compliant</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
</context>
<context>
    <name>OfFarConfirmation</name>
    <message>
        <source>Record anyway, marked far from the site</source>
        <translation>Record anyway, marked far from the site</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OfMeasurementEditor</name>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Pollutant</source>
        <translation>Pollutant</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>Measured value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>O₂ measured (%)</source>
        <translation>O₂ measured (%)</translation>
    </message>
    <message>
        <source>Instrument ID</source>
        <translation>Instrument ID</translation>
    </message>
    <message>
        <source>Method standard</source>
        <translation>Method standard</translation>
    </message>
    <message>
        <source>Record measurement</source>
        <translation>Record measurement</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>Method standard (none in the permit: type the one used)</source>
        <translation>Method standard (none in the permit: type the one used)</translation>
    </message>
    <message>
        <source>Method standard (from the permit)</source>
        <translation>Method standard (from the permit)</translation>
    </message>
</context>
<context>
    <name>OfSearchField</name>
    <message>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
</context>
<context>
    <name>OfSignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>OfSignatureView</name>
    <message>
        <source>✓ Signed by %1 at %2</source>
        <translation>✓ Signed by %1 at %2</translation>
    </message>
    <message>
        <source>No strokes stored</source>
        <translation>No strokes stored</translation>
    </message>
</context>
<context>
    <name>OutletCard</name>
    <message>
        <source>%1, %2 · %3, %4 · to %5</source>
        <translation>%1, %2 · %3, %4 · to %5</translation>
    </message>
    <message>
        <source>air</source>
        <translation>air</translation>
    </message>
    <message>
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <source>main outlet</source>
        <translation>main outlet</translation>
    </message>
    <message>
        <source>general outlet</source>
        <translation>general outlet</translation>
    </message>
    <message>
        <source>Monitoring: %1</source>
        <translation>Monitoring: %1</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>Chart %1</translation>
    </message>
</context>
<context>
    <name>PermitDelegate</name>
    <message numerus="yes">
        <source>%1 · valid to %2 · %n outlet(s)</source>
        <translation>
            <numerusform>%1 · valid to %2 · %n outlet</numerusform>
            <numerusform>%1 · valid to %2 · %n outlets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PermitDetailPage</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>Permit number</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Reported values, last 12 months</source>
        <translation>Reported values, last 12 months</translation>
    </message>
    <message>
        <source>No reported values for this outlet and pollutant.</source>
        <translation>No reported values for this outlet and pollutant.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) over the limit</source>
        <translation>
            <numerusform>%1: %n value over the limit</numerusform>
            <numerusform>%1: %n values over the limit</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlets (%1)</source>
        <translation>Outlets (%1)</translation>
    </message>
    <message>
        <source>Inspections on this tablet (%1)</source>
        <translation>Inspections on this tablet (%1)</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1, started %2</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Tap a point to see its value, date and validity.</source>
        <translation>Tap a point to see its value, date and validity.</translation>
    </message>
</context>
<context>
    <name>PermitsPage</name>
    <message>
        <source>Permits</source>
        <translation>Permits</translation>
    </message>
    <message>
        <source>Search permit number, credit code or name</source>
        <translation>Search permit number, credit code or name</translation>
    </message>
    <message numerus="yes">
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n permit</numerusform>
            <numerusform>%n permits</numerusform>
        </translation>
    </message>
    <message>
        <source>No permit matches “%1”.</source>
        <translation>No permit matches “%1”.</translation>
    </message>
    <message>
        <source>No permits on this device yet. Sync to receive the permits of your assignments.</source>
        <translation>No permits on this device yet. Sync to receive the permits of your assignments.</translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <source>SHA-256 %1…</source>
        <translation>SHA-256 %1…</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>No caption</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan the routes</source>
        <translation>Plan the routes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Each team&apos;s sites are ordered for travel from the start and back (straight-line distances).</source>
        <translation>Each team&apos;s sites are ordered for travel from the start and back (straight-line distances).</translation>
    </message>
    <message>
        <source>Start latitude</source>
        <translation>Start latitude</translation>
    </message>
    <message>
        <source>Start longitude</source>
        <translation>Start longitude</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>Choose an inspection on the left.</source>
        <translation>Choose an inspection on the left.</translation>
    </message>
    <message>
        <source>Permit %1 · inspector %2 · submitted %3 · %4</source>
        <translation>Permit %1 · inspector %2 · submitted %3 · %4</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Rest of the checklist (%1)</source>
        <translation>Rest of the checklist (%1)</translation>
    </message>
    <message>
        <source>Measurements (%1)</source>
        <translation>Measurements (%1)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <source>not uploaded yet</source>
        <translation>not uploaded yet</translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation>could not be fetched</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <source>Signatures (%1)</source>
        <translation>Signatures (%1)</translation>
    </message>
    <message>
        <source>%1 %2 refused to sign (%3)</source>
        <translation>%1 %2 refused to sign (%3)</translation>
    </message>
    <message>
        <source>%1 %2 signed at %3</source>
        <translation>%1 %2 signed at %3</translation>
    </message>
    <message>
        <source>Flags raised (%1)</source>
        <translation>Flags raised (%1)</translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation>Earlier decisions</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Comment (required to return it; the inspector reads it)</source>
        <translation>Comment (required to return it; the inspector reads it)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Return to the inspector</source>
        <translation>Return to the inspector</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Nothing to review.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Outlet position checks refuse fixes less accurate than this.</source>
        <translation>Outlet position checks refuse fixes less accurate than this.</translation>
    </message>
    <message>
        <source>GPS accuracy threshold: %1 m</source>
        <translation>GPS accuracy threshold: %1 m</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Longest edge of the copy that is uploaded. The original photo stays on the tablet.</source>
        <translation>Longest edge of the copy that is uploaded. The original photo stays on the tablet.</translation>
    </message>
    <message>
        <source>Photo upload size: %1 px</source>
        <translation>Photo upload size: %1 px</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Set by enrolment; change it only when your supervisor tells you to.</source>
        <translation>Set by enrolment; change it only when your supervisor tells you to.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s route: %n stop(s)</source>
        <translation>
            <numerusform>Today&apos;s route: %n stop</numerusform>
            <numerusform>Today&apos;s route: %n stops</numerusform>
        </translation>
    </message>
    <message>
        <source>Distances from your position (±%1 m).</source>
        <translation>Distances from your position (±%1 m).</translation>
    </message>
    <message>
        <source>Waiting for a position fix; distances appear when there is one.</source>
        <translation>Waiting for a position fix; distances appear when there is one.</translation>
    </message>
    <message>
        <source>No assignments on this tablet. Sync to receive today&apos;s route.</source>
        <translation>No assignments on this tablet. Sync to receive today&apos;s route.</translation>
    </message>
</context>
<context>
    <name>outfall::mobile::Refusal</name>
    <message>
        <source>air</source>
        <translation>air</translation>
    </message>
    <message>
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>pre-issuance</source>
        <translation>pre-issuance</translation>
    </message>
    <message>
        <source>post-issuance</source>
        <translation>post-issuance</translation>
    </message>
    <message>
        <source>this device is not enrolled: no inspector to record as the author</source>
        <translation>this device is not enrolled: no inspector to record as the author</translation>
    </message>
    <message>
        <source>no inspection %1 on this device</source>
        <translation>no inspection %1 on this device</translation>
    </message>
    <message>
        <source>the permit has no outlet %1</source>
        <translation>the permit has no outlet %1</translation>
    </message>
    <message>
        <source>no photo %1 in inspection %2 to replace</source>
        <translation>no photo %1 in inspection %2 to replace</translation>
    </message>
    <message>
        <source>no measurement %1 in inspection %2 to correct</source>
        <translation>no measurement %1 in inspection %2 to correct</translation>
    </message>
    <message>
        <source>photo %1 was already replaced by %2; replace that one</source>
        <translation>photo %1 was already replaced by %2; replace that one</translation>
    </message>
    <message>
        <source>measurement %1 was already corrected by %2; correct that one</source>
        <translation>measurement %1 was already corrected by %2; correct that one</translation>
    </message>
    <message>
        <source>no position fix given</source>
        <translation>no position fix given</translation>
    </message>
    <message>
        <source>position fix: %1</source>
        <translation>position fix: %1</translation>
    </message>
    <message>
        <source>position fix refused: accuracy %1 m is worse than the %2 m threshold; wait for a better fix</source>
        <translation>position fix refused: accuracy %1 m is worse than the %2 m threshold; wait for a better fix</translation>
    </message>
    <message>
        <source>arrival fix: %1</source>
        <translation>arrival fix: %1</translation>
    </message>
    <message>
        <source>no permit %1 on this device</source>
        <translation>no permit %1 on this device</translation>
    </message>
    <message>
        <source>inspector %1 is not in this device&apos;s reference data yet; sync first</source>
        <translation>inspector %1 is not in this device&apos;s reference data yet; sync first</translation>
    </message>
    <message>
        <source>no %1 checklist on this device for industry %2 (permit %3)</source>
        <translation>no %1 checklist on this device for industry %2 (permit %3)</translation>
    </message>
    <message>
        <source>checklist item %1 is not in this inspection&apos;s checklist %2</source>
        <translation>checklist item %1 is not in this inspection&apos;s checklist %2</translation>
    </message>
    <message>
        <source>medium must be air or water, not &quot;%1&quot;</source>
        <translation>medium must be air or water, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an undeclared outlet needs a description</source>
        <translation>an undeclared outlet needs a description</translation>
    </message>
    <message>
        <source>photo position: %1</source>
        <translation>photo position: %1</translation>
    </message>
    <message>
        <source>the inspector&apos;s name is required to sign</source>
        <translation>the inspector&apos;s name is required to sign</translation>
    </message>
    <message>
        <source>the representative&apos;s name is required to sign</source>
        <translation>the representative&apos;s name is required to sign</translation>
    </message>
    <message>
        <source>the name of the representative who refused to sign is required</source>
        <translation>the name of the representative who refused to sign is required</translation>
    </message>
    <message>
        <source>the representative has already refused to sign (%1)</source>
        <translation>the representative has already refused to sign (%1)</translation>
    </message>
    <message>
        <source>the inspector has already signed (%1)</source>
        <translation>the inspector has already signed (%1)</translation>
    </message>
    <message>
        <source>the representative has already signed (%1)</source>
        <translation>the representative has already signed (%1)</translation>
    </message>
    <message>
        <source>inspection %1 is already %2</source>
        <translation>inspection %1 is already %2</translation>
    </message>
    <message>
        <source>inspection %1 cannot be submitted; missing: %2</source>
        <translation>inspection %1 cannot be submitted; missing: %2</translation>
    </message>
    <message>
        <source>unknown pollutant &quot;%1&quot; (not in the catalogue)</source>
        <translation>unknown pollutant &quot;%1&quot; (not in the catalogue)</translation>
    </message>
    <message>
        <source>%1 is measured in %2, but outlet %3 discharges to %4</source>
        <translation>%1 is measured in %2, but outlet %3 discharges to %4</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>unknown unit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>pH %1 is outside 0–14</source>
        <translation>pH %1 is outside 0–14</translation>
    </message>
    <message>
        <source>O2 applies to stack gas; outlet %1 is a water outlet</source>
        <translation>O2 applies to stack gas; outlet %1 is a water outlet</translation>
    </message>
    <message>
        <source>O2 %1 % must be ≥ 0 and &lt; 21 (21 % is ambient air)</source>
        <translation>O2 %1 % must be ≥ 0 and &lt; 21 (21 % is ambient air)</translation>
    </message>
    <message>
        <source>unit %1 does not convert to %2, the unit of %3 at %4</source>
        <translation>unit %1 does not convert to %2, the unit of %3 at %4</translation>
    </message>
    <message>
        <source>cannot read photo %1: %2</source>
        <translation>cannot read photo %1: %2</translation>
    </message>
    <message>
        <source>photo %1 is empty</source>
        <translation>photo %1 is empty</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90..90</source>
        <translation>latitude %1 is outside -90..90</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180..180</source>
        <translation>longitude %1 is outside -180..180</translation>
    </message>
    <message>
        <source>accuracy %1 m must be a positive number of metres</source>
        <translation>accuracy %1 m must be a positive number of metres</translation>
    </message>
    <message>
        <source>a fix needs at least 1 sample, not %1</source>
        <translation>a fix needs at least 1 sample, not %1</translation>
    </message>
    <message>
        <source>outlet %1 has no concentration limit for %2</source>
        <translation>outlet %1 has no concentration limit for %2</translation>
    </message>
    <message>
        <source>no O2 measured: compared without correction to %1 % O2</source>
        <translation>no O2 measured: compared without correction to %1 % O2</translation>
    </message>
    <message>
        <source>position fixes refused: they moved or scattered over %1 m (2-sigma spread), more than the %2 m their accuracy allows; stand still at the point and take them again</source>
        <translation>position fixes refused: they moved or scattered over %1 m (2-sigma spread), more than the %2 m their accuracy allows; stand still at the point and take them again</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>the enterprise&apos;s position</source>
        <translation>the enterprise&apos;s position</translation>
    </message>
    <message>
        <source>outlet %1</source>
        <translation>outlet %1</translation>
    </message>
    <message>
        <source>%1 is %2 from the site (nearest: %3), more than the %4 m allowed from every outlet and the enterprise; confirm to record it anyway, marked as far from the site</source>
        <translation>%1 is %2 from the site (nearest: %3), more than the %4 m allowed from every outlet and the enterprise; confirm to record it anyway, marked as far from the site</translation>
    </message>
    <message>
        <source>the arrival position</source>
        <translation>the arrival position</translation>
    </message>
    <message>
        <source>the outlet check position</source>
        <translation>the outlet check position</translation>
    </message>
    <message>
        <source>the undeclared outlet&apos;s position</source>
        <translation>the undeclared outlet&apos;s position</translation>
    </message>
    <message>
        <source>the photo&apos;s position</source>
        <translation>the photo&apos;s position</translation>
    </message>
    <message>
        <source>the signature&apos;s strokes are unreadable</source>
        <translation>the signature&apos;s strokes are unreadable</translation>
    </message>
    <message>
        <source>value %1 %2 is outside the physical range %3</source>
        <translation>value %1 %2 is outside the physical range %3</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG photo: its content is not an image this device can read</source>
        <translation>%1 is not a JPEG or PNG photo: its content is not an image this device can read</translation>
    </message>
    <message>
        <source>%1 is a %2 image; a photo must be a JPEG or PNG</source>
        <translation>%1 is a %2 image; a photo must be a JPEG or PNG</translation>
    </message>
    <message>
        <source>%1 is not a usable photo: its %2 header states no picture size</source>
        <translation>%1 is not a usable photo: its %2 header states no picture size</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels, more than the %4 megapixels a photo may have</source>
        <translation>%1 is %2 × %3 pixels, more than the %4 megapixels a photo may have</translation>
    </message>
    <message>
        <source>%1 does not decode as a %2 photo: %3</source>
        <translation>%1 does not decode as a %2 photo: %3</translation>
    </message>
    <message>
        <source>photo %1 is %2 MiB; the server accepts photos of up to %3 MiB (%4 bytes), so it could never be uploaded</source>
        <translation>photo %1 is %2 MiB; the server accepts photos of up to %3 MiB (%4 bytes), so it could never be uploaded</translation>
    </message>
    <message>
        <source>accuracy %1 m is more than %2 m: a fix that poor says nothing about where it was taken</source>
        <translation>accuracy %1 m is more than %2 m: a fix that poor says nothing about where it was taken</translation>
    </message>
    <message>
        <source>nothing is drawn on the pad: sign your name on it</source>
        <translation>nothing is drawn on the pad: sign your name on it</translation>
    </message>
    <message>
        <source>this is too little to be a signature: sign your whole name on the pad, across at least %1 % of its width and %2 % of its height</source>
        <translation>this is too little to be a signature: sign your whole name on the pad, across at least %1 % of its width and %2 % of its height</translation>
    </message>
    <message>
        <source>an imported photo keeps its own position (from its EXIF data); none may be given for it</source>
        <translation>an imported photo keeps its own position (from its EXIF data); none may be given for it</translation>
    </message>
    <message>
        <source>record the production state seen on site (running, partial with its load, or stopped) before signing</source>
        <translation>record the production state seen on site (running, partial with its load, or stopped) before signing</translation>
    </message>
    <message>
        <source>an inspection needs at least %1 inspectors holding enforcement certificates (《环境行政处罚办法》); this one has %2: add the second inspector before signing</source>
        <translation>an inspection needs at least %1 inspectors holding enforcement certificates (《环境行政处罚办法》); this one has %2: add the second inspector before signing</translation>
    </message>
    <message>
        <source>no inspector %1 on this device; sync to get the staff list</source>
        <translation>no inspector %1 on this device; sync to get the staff list</translation>
    </message>
    <message>
        <source>%1 is already on this inspection&apos;s team</source>
        <translation>%1 is already on this inspection&apos;s team</translation>
    </message>
    <message>
        <source>%1 is no longer an active inspector</source>
        <translation>%1 is no longer an active inspector</translation>
    </message>
    <message>
        <source>%1 has no enforcement certificate number on record; only an inspector holding one can inspect and sign</source>
        <translation>%1 has no enforcement certificate number on record; only an inspector holding one can inspect and sign</translation>
    </message>
    <message>
        <source>the production state must be running, partial or stopped, not &quot;%1&quot;</source>
        <translation>the production state must be running, partial or stopped, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a partial production needs its load in percent, more than 0 and less than 100</source>
        <translation>a partial production needs its load in percent, more than 0 and less than 100</translation>
    </message>
    <message>
        <source>a running production&apos;s load is more than 0 and at most 100 percent</source>
        <translation>a running production&apos;s load is more than 0 and at most 100 percent</translation>
    </message>
    <message>
        <source>a stopped production has no load</source>
        <translation>a stopped production has no load</translation>
    </message>
    <message>
        <source>the record is signed (%1): the production state it states cannot change under the signatures</source>
        <translation>the record is signed (%1): the production state it states cannot change under the signatures</translation>
    </message>
    <message>
        <source>inspector %1 is not on this inspection&apos;s team; add them first</source>
        <translation>inspector %1 is not on this inspection&apos;s team; add them first</translation>
    </message>
    <message>
        <source>%1 has no enforcement certificate number on record; an inspector signs with one</source>
        <translation>%1 has no enforcement certificate number on record; an inspector signs with one</translation>
    </message>
    <message>
        <source>a refusal to sign needs a witness: enter the name of the person who saw the representative refuse</source>
        <translation>a refusal to sign needs a witness: enter the name of the person who saw the representative refuse</translation>
    </message>
    <message>
        <source>returned for amendment</source>
        <translation>returned for amendment</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>inspection %1 was approved by a supervisor and is locked: nothing can be added or changed</source>
        <translation>inspection %1 was approved by a supervisor and is locked: nothing can be added or changed</translation>
    </message>
    <message>
        <source>inspection %1 is submitted and waits for a supervisor&apos;s review: it can be changed only if the supervisor returns it</source>
        <translation>inspection %1 is submitted and waits for a supervisor&apos;s review: it can be changed only if the supervisor returns it</translation>
    </message>
    <message>
        <source>measurement position: %1</source>
        <translation>measurement position: %1</translation>
    </message>
    <message>
        <source>%1 signed inspection %2 already and the signature is still in force: nothing to sign again</source>
        <translation>%1 signed inspection %2 already and the signature is still in force: nothing to sign again</translation>
    </message>
    <message>
        <source>%1 is not on this inspection&apos;s team</source>
        <translation>%1 is not on this inspection&apos;s team</translation>
    </message>
    <message>
        <source>%1 started this inspection and leads it: the lead stays on the team</source>
        <translation>%1 started this inspection and leads it: the lead stays on the team</translation>
    </message>
    <message>
        <source>the record is signed (%1): the team it states cannot change under the signatures</source>
        <translation>the record is signed (%1): the team it states cannot change under the signatures</translation>
    </message>
    <message>
        <source>%1&apos;s place on the team has been sent to the server and stays in the record; say on the record why they took no part</source>
        <translation>%1&apos;s place on the team has been sent to the server and stays in the record; say on the record why they took no part</translation>
    </message>
    <message>
        <source>a declared outlet found needs the position it was found at</source>
        <translation>a declared outlet found needs the position it was found at</translation>
    </message>
    <message>
        <source>the capacity seen must be a number ≥ 0</source>
        <translation>the capacity seen must be a number ≥ 0</translation>
    </message>
    <message>
        <source>the capacity seen needs its unit</source>
        <translation>the capacity seen needs its unit</translation>
    </message>
    <message>
        <source>inspection %1 is not a pre-issuance inspection: declarations are checked before a permit is issued</source>
        <translation>inspection %1 is not a pre-issuance inspection: declarations are checked before a permit is issued</translation>
    </message>
    <message>
        <source>inspection %1 is %2: checks can be added only while it is open</source>
        <translation>inspection %1 is %2: checks can be added only while it is open</translation>
    </message>
    <message>
        <source>%1 %2 is not declared by this application</source>
        <translation>%1 %2 is not declared by this application</translation>
    </message>
    <message>
        <source>the note is longer than 2000 characters</source>
        <translation>the note is longer than 2000 characters</translation>
    </message>
</context>
<context>
    <name>outfall::models::AppErrors</name>
    <message>
        <source>Something went wrong and was not saved: %1. Nothing already recorded is lost; try again, and restart the app if it happens again.</source>
        <translation>Something went wrong and was not saved: %1. Nothing already recorded is lost; try again, and restart the app if it happens again.</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>an unknown error</translation>
    </message>
</context>
<context>
    <name>outfall::models::ApplicationQueueModel</name>
    <message>
        <source>declared outlet</source>
        <translation>declared outlet</translation>
    </message>
    <message>
        <source>treatment facility</source>
        <translation>treatment facility</translation>
    </message>
    <message>
        <source>production capacity</source>
        <translation>production capacity</translation>
    </message>
    <message>
        <source>prohibited zones</source>
        <translation>prohibited zones</translation>
    </message>
    <message>
        <source>found where declared</source>
        <translation>found where declared</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>present, running</source>
        <translation>present, running</translation>
    </message>
    <message>
        <source>present, not running</source>
        <translation>present, not running</translation>
    </message>
    <message>
        <source>%1 %2 seen</source>
        <translation>%1 %2 seen</translation>
    </message>
    <message>
        <source>outside every prohibited zone</source>
        <translation>outside every prohibited zone</translation>
    </message>
    <message>
        <source>inside a prohibited zone</source>
        <translation>inside a prohibited zone</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>waiting for a decision</translation>
    </message>
    <message>
        <source>returned for correction</source>
        <translation>returned for correction</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>permit issued</source>
        <translation>permit issued</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>Choose an application first.</source>
        <translation>Choose an application first.</translation>
    </message>
    <message>
        <source>Give the reason for the decision: the applicant reads it.</source>
        <translation>Give the reason for the decision: the applicant reads it.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Recorded: %1.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
</context>
<context>
    <name>outfall::models::AssignmentListModel</name>
    <message>
        <source>distance unknown (no position yet)</source>
        <translation>distance unknown (no position yet)</translation>
    </message>
    <message>
        <source>%1 m away</source>
        <translation>%1 m away</translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation>%1 km away</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
</context>
<context>
    <name>outfall::models::ChecklistModel</name>
    <message>
        <source>Unknown answer “%1”.</source>
        <translation>Unknown answer “%1”.</translation>
    </message>
</context>
<context>
    <name>outfall::models::ConsoleConnection</name>
    <message>
        <source>The server refused this credential (revoked, or issued by another server).</source>
        <translation>The server refused this credential (revoked, or issued by another server).</translation>
    </message>
    <message>
        <source>No answer from the server at %1.</source>
        <translation>No answer from the server at %1.</translation>
    </message>
</context>
<context>
    <name>outfall::models::ConsoleFlagModel</name>
    <message>
        <source>Give a reason: it is kept with the decision.</source>
        <translation>Give a reason: it is kept with the decision.</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Acknowledged.</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Dismissed.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
</context>
<context>
    <name>outfall::models::DeclarationCheckModel</name>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Not found on site</source>
        <translation>Not found on site</translation>
    </message>
    <message>
        <source>Found %1 m from where declared</source>
        <translation>Found %1 m from where declared</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Present and running</source>
        <translation>Present and running</translation>
    </message>
    <message>
        <source>Present, not running</source>
        <translation>Present, not running</translation>
    </message>
    <message>
        <source>Above the declaration: %1</source>
        <translation>Above the declaration: %1</translation>
    </message>
    <message>
        <source>Seen: %1</source>
        <translation>Seen: %1</translation>
    </message>
    <message>
        <source>Outside every prohibited zone</source>
        <translation>Outside every prohibited zone</translation>
    </message>
    <message>
        <source>Inside a prohibited zone</source>
        <translation>Inside a prohibited zone</translation>
    </message>
    <message>
        <source>Declared outlet</source>
        <translation>Declared outlet</translation>
    </message>
    <message>
        <source>Treatment facility</source>
        <translation>Treatment facility</translation>
    </message>
    <message>
        <source>Treatment facility (standby)</source>
        <translation>Treatment facility (standby)</translation>
    </message>
    <message>
        <source>Production capacity</source>
        <translation>Production capacity</translation>
    </message>
    <message>
        <source>Prohibited zones</source>
        <translation>Prohibited zones</translation>
    </message>
    <message>
        <source>The site is outside drinking-water protection areas and other prohibited zones</source>
        <translation>The site is outside drinking-water protection areas and other prohibited zones</translation>
    </message>
    <message>
        <source>No position fix yet: wait for the position before recording where the outlet is.</source>
        <translation>No position fix yet: wait for the position before recording where the outlet is.</translation>
    </message>
</context>
<context>
    <name>outfall::models::DialogOpener</name>
    <message>
        <source>There is no dialog to open.</source>
        <translation>There is no dialog to open.</translation>
    </message>
    <message>
        <source>%1 is not a dialog.</source>
        <translation>%1 is not a dialog.</translation>
    </message>
    <message>
        <source>“%1” cannot open: the QML module %2 is not installed on this device (Debian package %3).</source>
        <translation>“%1” cannot open: the QML module %2 is not installed on this device (Debian package %3).</translation>
    </message>
    <message>
        <source>“%1” cannot open: %2</source>
        <translation>“%1” cannot open: %2</translation>
    </message>
</context>
<context>
    <name>outfall::models::DrawListModel</name>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>planned, not published</source>
        <translation>planned, not published</translation>
    </message>
    <message>
        <source>drawn, not planned</source>
        <translation>drawn, not planned</translation>
    </message>
    <message>
        <source>The seed must be a whole number of 0 or more, or left empty.</source>
        <translation>The seed must be a whole number of 0 or more, or left empty.</translation>
    </message>
    <message>
        <source>Drawn. Plan the routes, then publish them.</source>
        <translation>Drawn. Plan the routes, then publish them.</translation>
    </message>
    <message>
        <source>Choose a draw first.</source>
        <translation>Choose a draw first.</translation>
    </message>
    <message>
        <source>Planned from %1, %2.</source>
        <translation>Planned from %1, %2.</translation>
    </message>
    <message>
        <source>Published. Each inspector&apos;s tablet gets its route at its next sync.</source>
        <translation>Published. Each inspector&apos;s tablet gets its route at its next sync.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>by risk</source>
        <translation>by risk</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>uniform</translation>
    </message>
    <message>
        <source>The start must be a latitude from -90 to 90 and a longitude from -180 to 180, in degrees.</source>
        <translation>The start must be a latitude from -90 to 90 and a longitude from -180 to 180, in degrees.</translation>
    </message>
</context>
<context>
    <name>outfall::models::EnrolmentController</name>
    <message>
        <source>The code is valid, but this build cannot contact the server to enrol yet. Nothing was changed.</source>
        <translation>The code is valid, but this build cannot contact the server to enrol yet. Nothing was changed.</translation>
    </message>
    <message>
        <source>Paste the enrolment code or open the enrolment file.</source>
        <translation>Paste the enrolment code or open the enrolment file.</translation>
    </message>
    <message>
        <source>This is not an enrolment code: the text is not valid JSON (%1 at character %2).</source>
        <translation>This is not an enrolment code: the text is not valid JSON (%1 at character %2).</translation>
    </message>
    <message>
        <source>This is not an enrolment code: it must be a JSON object.</source>
        <translation>This is not an enrolment code: it must be a JSON object.</translation>
    </message>
    <message>
        <source>The enrolment code has no “%1” field.</source>
        <translation>The enrolment code has no “%1” field.</translation>
    </message>
    <message>
        <source>The “%1” field of the enrolment code must be text.</source>
        <translation>The “%1” field of the enrolment code must be text.</translation>
    </message>
    <message>
        <source>The server address “%1” must look like tcp://host:port.</source>
        <translation>The server address “%1” must look like tcp://host:port.</translation>
    </message>
    <message>
        <source>The server public key must be %1 characters long (Z85 of 32 bytes); this one has %2.</source>
        <translation>The server public key must be %1 characters long (Z85 of 32 bytes); this one has %2.</translation>
    </message>
    <message>
        <source>The server public key has a character that is not Z85: “%1” at position %2.</source>
        <translation>The server public key has a character that is not Z85: “%1” at position %2.</translation>
    </message>
    <message>
        <source>The enrolment token is too short (%1 characters, at least %2).</source>
        <translation>The enrolment token is too short (%1 characters, at least %2).</translation>
    </message>
    <message>
        <source>Cannot open the enrolment file “%1”: %2</source>
        <translation>Cannot open the enrolment file “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be an enrolment file.</source>
        <translation>“%1” is too large to be an enrolment file.</translation>
    </message>
    <message>
        <source>No device profile is open.</source>
        <translation>No device profile is open.</translation>
    </message>
    <message>
        <source>The server answered with an invalid inspector id.</source>
        <translation>The server answered with an invalid inspector id.</translation>
    </message>
    <message>
        <source>This is too large to be an enrolment code (%1 bytes; at most %2).</source>
        <translation>This is too large to be an enrolment code (%1 bytes; at most %2).</translation>
    </message>
    <message>
        <source>The enrolment code has an unknown field “%1”.</source>
        <translation>The enrolment code has an unknown field “%1”.</translation>
    </message>
    <message>
        <source>The enrolment token is too long (%1 characters, at most %2).</source>
        <translation>The enrolment token is too long (%1 characters, at most %2).</translation>
    </message>
    <message>
        <source>The enrolment token has a character that cannot be in a token at position %1.</source>
        <translation>The enrolment token has a character that cannot be in a token at position %1.</translation>
    </message>
</context>
<context>
    <name>outfall::models::EvidenceProofController</name>
    <message>
        <source>This tablet&apos;s signature verifies</source>
        <translation>This tablet&apos;s signature verifies</translation>
    </message>
    <message>
        <source>This tablet&apos;s signature does NOT verify</source>
        <translation>This tablet&apos;s signature does NOT verify</translation>
    </message>
    <message>
        <source>Not logged on the server yet: it is sent with the next sync</source>
        <translation>Not logged on the server yet: it is sent with the next sync</translation>
    </message>
    <message>
        <source>The server&apos;s signature on this tree head verifies under the log key pinned at enrolment</source>
        <translation>The server&apos;s signature on this tree head verifies under the log key pinned at enrolment</translation>
    </message>
    <message>
        <source>The server&apos;s signature on this tree head does NOT verify under the pinned log key</source>
        <translation>The server&apos;s signature on this tree head does NOT verify under the pinned log key</translation>
    </message>
    <message>
        <source>Server signature not checked: this tablet was enrolled before the server&apos;s log key was pinned (enrol it again to check it)</source>
        <translation>Server signature not checked: this tablet was enrolled before the server&apos;s log key was pinned (enrol it again to check it)</translation>
    </message>
    <message numerus="yes">
        <source>The audit path (%n hash(es)) leads from this record to the root</source>
        <translation>
            <numerusform>The audit path (%n hash) leads from this record to the root</numerusform>
            <numerusform>The audit path (%n hashes) leads from this record to the root</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit path does NOT lead from this record to the root</source>
        <translation>The audit path does NOT lead from this record to the root</translation>
    </message>
</context>
<context>
    <name>outfall::models::EvidenceRecordListModel</name>
    <message>
        <source>No signed records yet.</source>
        <translation>No signed records yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n signed record(s): %1 logged on the server, %2 only on this tablet</source>
        <translation>
            <numerusform>%n signed record: %1 logged on the server, %2 only on this tablet</numerusform>
            <numerusform>%n signed records: %1 logged on the server, %2 only on this tablet</numerusform>
        </translation>
    </message>
    <message>
        <source>Submission of the inspection</source>
        <translation>Submission of the inspection</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Checklist answer</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>Position fix</source>
        <translation>Position fix</translation>
    </message>
    <message>
        <source>Outlet check</source>
        <translation>Outlet check</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>Record of entity %1</source>
        <translation>Record of entity %1</translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation>%1 (correction)</translation>
    </message>
    <message>
        <source>Logged on the server</source>
        <translation>Logged on the server</translation>
    </message>
    <message>
        <source>Signed on this tablet</source>
        <translation>Signed on this tablet</translation>
    </message>
</context>
<context>
    <name>outfall::models::FindingListModel</name>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>outfall::models::FlagListModel</name>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>outlet %1</source>
        <translation>outlet %1</translation>
    </message>
    <message>
        <source>whole permit</source>
        <translation>whole permit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Acknowledged by a supervisor</source>
        <translation>Acknowledged by a supervisor</translation>
    </message>
    <message>
        <source>Dismissed by a supervisor</source>
        <translation>Dismissed by a supervisor</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Provisional: found on this tablet, not yet judged by the server</source>
        <translation>Provisional: found on this tablet, not yet judged by the server</translation>
    </message>
    <message>
        <source>The server&apos;s verdict</source>
        <translation>The server&apos;s verdict</translation>
    </message>
    <message>
        <source>The flags could not be read: %1</source>
        <translation>The flags could not be read: %1</translation>
    </message>
</context>
<context>
    <name>outfall::models::InspectionController</name>
    <message>
        <source>Choose a permit first.</source>
        <translation>Choose a permit first.</translation>
    </message>
    <message>
        <source>No position source: the arrival position cannot be recorded.</source>
        <translation>No position source: the arrival position cannot be recorded.</translation>
    </message>
    <message>
        <source>No position fix yet. Wait in the open until the GPS has a fix.</source>
        <translation>No position fix yet. Wait in the open until the GPS has a fix.</translation>
    </message>
    <message>
        <source>The position has no stated accuracy, so it cannot prove where you are.</source>
        <translation>The position has no stated accuracy, so it cannot prove where you are.</translation>
    </message>
    <message>
        <source>The position is accurate to %1 m only; %2 m or better is needed. Wait for a better fix.</source>
        <translation>The position is accurate to %1 m only; %2 m or better is needed. Wait for a better fix.</translation>
    </message>
    <message>
        <source>Not submitted. Still missing: %1.</source>
        <translation>Not submitted. Still missing: %1.</translation>
    </message>
    <message>
        <source>checklist item %1</source>
        <translation>checklist item %1</translation>
    </message>
    <message>
        <source>the inspector&apos;s signature</source>
        <translation>the inspector&apos;s signature</translation>
    </message>
    <message>
        <source>the representative&apos;s signature or refusal</source>
        <translation>the representative&apos;s signature or refusal</translation>
    </message>
    <message>
        <source>In progress: %1 of %2 answered</source>
        <translation>In progress: %1 of %2 answered</translation>
    </message>
    <message>
        <source>Submitted, then corrected: both sign again</source>
        <translation>Submitted, then corrected: both sign again</translation>
    </message>
    <message>
        <source>Submitted %1; waiting to sync</source>
        <translation>Submitted %1; waiting to sync</translation>
    </message>
    <message>
        <source>Submitted %1; sent to the server</source>
        <translation>Submitted %1; sent to the server</translation>
    </message>
    <message>
        <source>No inspection is open.</source>
        <translation>No inspection is open.</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Still missing: %1.</translation>
    </message>
    <message>
        <source>a note or a photo for non-compliant item %1</source>
        <translation>a note or a photo for non-compliant item %1</translation>
    </message>
    <message>
        <source>the signature of inspector %1</source>
        <translation>the signature of inspector %1</translation>
    </message>
    <message>
        <source>the production state seen on site</source>
        <translation>the production state seen on site</translation>
    </message>
    <message>
        <source>a second inspector holding an enforcement certificate</source>
        <translation>a second inspector holding an enforcement certificate</translation>
    </message>
    <message numerus="yes">
        <source>Refused: the server refused %n record(s); open it to see why</source>
        <translation>
            <numerusform>Refused: the server refused %n record; open it to see why</numerusform>
            <numerusform>Refused: the server refused %n records; open it to see why</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned by the supervisor: %1</source>
        <translation>Returned by the supervisor: %1</translation>
    </message>
    <message>
        <source>Approved by the supervisor</source>
        <translation>Approved by the supervisor</translation>
    </message>
    <message>
        <source>Returned by the supervisor to be amended: %1. Amend the record, sign again and resubmit.</source>
        <translation>Returned by the supervisor to be amended: %1. Amend the record, sign again and resubmit.</translation>
    </message>
    <message>
        <source>Approved by the supervisor: the inspection is locked and cannot be changed.</source>
        <translation>Approved by the supervisor: the inspection is locked and cannot be changed.</translation>
    </message>
    <message>
        <source>Submitted: read only while it waits for the supervisor&apos;s review. If something must change, the supervisor returns it to you.</source>
        <translation>Submitted: read only while it waits for the supervisor&apos;s review. If something must change, the supervisor returns it to you.</translation>
    </message>
    <message>
        <source>Approved by the supervisor; nothing more to submit.</source>
        <translation>Approved by the supervisor; nothing more to submit.</translation>
    </message>
    <message>
        <source>Submitted %1. It waits for the supervisor&apos;s review.</source>
        <translation>Submitted %1. It waits for the supervisor&apos;s review.</translation>
    </message>
</context>
<context>
    <name>outfall::models::InspectionTeamController</name>
    <message>
        <source>%1 · certificate %2</source>
        <translation>%1 · certificate %2</translation>
    </message>
    <message>
        <source>The law wants at least two inspectors holding enforcement certificates on an inspection (《环境行政处罚办法》). Add the second inspector before anyone signs.</source>
        <translation>The law wants at least two inspectors holding enforcement certificates on an inspection (《环境行政处罚办法》). Add the second inspector before anyone signs.</translation>
    </message>
    <message>
        <source>Running, %1 % load</source>
        <translation>Running, %1 % load</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Partial production, %1 % load</source>
        <translation>Partial production, %1 % load</translation>
    </message>
    <message>
        <source>Stopped (shut down)</source>
        <translation>Stopped (shut down)</translation>
    </message>
    <message>
        <source>Choose the inspector to add.</source>
        <translation>Choose the inspector to add.</translation>
    </message>
    <message>
        <source>The load is a number of percent, such as 60.</source>
        <translation>The load is a number of percent, such as 60.</translation>
    </message>
    <message>
        <source>Enter the load in percent that the representative states.</source>
        <translation>Enter the load in percent that the representative states.</translation>
    </message>
</context>
<context>
    <name>outfall::models::MapCanvas</name>
    <message>
        <source>Stop %1: %2, permit %3</source>
        <translation>Stop %1: %2, permit %3</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Not in route order: %1, permit %2</source>
        <translation>Not in route order: %1, permit %2</translation>
    </message>
    <message>
        <source>north</source>
        <translation>north</translation>
    </message>
    <message>
        <source>northeast</source>
        <translation>northeast</translation>
    </message>
    <message>
        <source>east</source>
        <translation>east</translation>
    </message>
    <message>
        <source>southeast</source>
        <translation>southeast</translation>
    </message>
    <message>
        <source>south</source>
        <translation>south</translation>
    </message>
    <message>
        <source>southwest</source>
        <translation>southwest</translation>
    </message>
    <message>
        <source>west</source>
        <translation>west</translation>
    </message>
    <message>
        <source>northwest</source>
        <translation>northwest</translation>
    </message>
    <message>
        <source>Distance: waiting for a position fix</source>
        <translation>Distance: waiting for a position fix</translation>
    </message>
    <message>
        <source>%1 away, bearing %2° (%3)</source>
        <translation>%1 away, bearing %2° (%3)</translation>
    </message>
    <message>
        <source>Stack (air)</source>
        <translation>Stack (air)</translation>
    </message>
    <message>
        <source>Outfall (water)</source>
        <translation>Outfall (water)</translation>
    </message>
    <message>
        <source>Open flag</source>
        <translation>Open flag</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
</context>
<context>
    <name>outfall::models::MeasurementForm</name>
    <message>
        <source>Type the measured value to see it against the limit.</source>
        <translation>Type the measured value to see it against the limit.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>O₂ “%1” is not a number.</source>
        <translation>O₂ “%1” is not a number.</translation>
    </message>
    <message>
        <source>%1 %2 at %3 % O₂ (measured %4 %2 at %5 % O₂)</source>
        <translation>%1 %2 at %3 % O₂ (measured %4 %2 at %5 % O₂)</translation>
    </message>
    <message>
        <source>%1 %2, not corrected: enter O₂ to correct it to %3 % O₂</source>
        <translation>%1 %2, not corrected: enter O₂ to correct it to %3 % O₂</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Limit %1–%2 %3</source>
        <translation>Limit %1–%2 %3</translation>
    </message>
    <message>
        <source>Limit ≤ %1 %2</source>
        <translation>Limit ≤ %1 %2</translation>
    </message>
    <message>
        <source>Limit ≥ %1 %2</source>
        <translation>Limit ≥ %1 %2</translation>
    </message>
    <message>
        <source>Outlet %1 has no concentration limit for %2: nothing to compare with.</source>
        <translation>Outlet %1 has no concentration limit for %2: nothing to compare with.</translation>
    </message>
    <message>
        <source>Over the limit by %1 %</source>
        <translation>Over the limit by %1 %</translation>
    </message>
    <message>
        <source>Within the limit (%1 % margin)</source>
        <translation>Within the limit (%1 % margin)</translation>
    </message>
    <message>
        <source>Enter the measured value as a number.</source>
        <translation>Enter the measured value as a number.</translation>
    </message>
    <message>
        <source>Enter O₂ as a number, or leave it empty.</source>
        <translation>Enter O₂ as a number, or leave it empty.</translation>
    </message>
    <message>
        <source> · O₂ %1 %</source>
        <translation> · O₂ %1 %</translation>
    </message>
    <message>
        <source>This measurement was already corrected; correct the newer one.</source>
        <translation>This measurement was already corrected; correct the newer one.</translation>
    </message>
    <message>
        <source>No measurement %1 in this inspection to correct.</source>
        <translation>No measurement %1 in this inspection to correct.</translation>
    </message>
    <message>
        <source>no limit to compare with</source>
        <translation>no limit to compare with</translation>
    </message>
    <message>
        <source>over the limit by %1 %</source>
        <translation>over the limit by %1 %</translation>
    </message>
    <message>
        <source>within the limit</source>
        <translation>within the limit</translation>
    </message>
</context>
<context>
    <name>outfall::models::OutletCheckController</name>
    <message>
        <source>Taking fixes: %1 of %2. Hold the tablet still at the outlet.</source>
        <translation>Taking fixes: %1 of %2. Hold the tablet still at the outlet.</translation>
    </message>
    <message numerus="yes">
        <source>Averaged %n fix(es): accurate to %1 m</source>
        <translation>
            <numerusform>Averaged %n fix: accurate to %1 m</numerusform>
            <numerusform>Averaged %n fixes: accurate to %1 m</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n too poor, left out)</source>
        <translation>
            <numerusform> (%n too poor, left out)</numerusform>
            <numerusform> (%n too poor, left out)</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 m from the permitted position of %2</source>
        <translation>; %1 m from the permitted position of %2</translation>
    </message>
    <message>
        <source>Refused: every fix was worse than the %1 m threshold (best %2 m). Move away from walls and roofs and try again.</source>
        <translation>Refused: every fix was worse than the %1 m threshold (best %2 m). Move away from walls and roofs and try again.</translation>
    </message>
    <message>
        <source>Take the fixes first.</source>
        <translation>Take the fixes first.</translation>
    </message>
    <message>
        <source>Recorded %1: %2 m from the permitted position, accurate to %3 m.</source>
        <translation>Recorded %1: %2 m from the permitted position, accurate to %3 m.</translation>
    </message>
    <message>
        <source>Recorded an undeclared outlet at %1, %2 (accurate to %3 m).</source>
        <translation>Recorded an undeclared outlet at %1, %2 (accurate to %3 m).</translation>
    </message>
    <message>
        <source>Finding: %1 m from the permitted position of %2, more than the %3 m allowed at this accuracy.</source>
        <translation>Finding: %1 m from the permitted position of %2, more than the %3 m allowed at this accuracy.</translation>
    </message>
    <message>
        <source>Outlet %1 (%2) is nearer: %3 m. Is that the outlet you are standing at?</source>
        <translation>Outlet %1 (%2) is nearer: %3 m. Is that the outlet you are standing at?</translation>
    </message>
    <message>
        <source>, spread %1 m</source>
        <translation>, spread %1 m</translation>
    </message>
    <message>
        <source>Refused: the fixes moved or scattered over %1 m (2-sigma spread); %2 m is the most their accuracy allows. Stand still at the outlet and take them again.</source>
        <translation>Refused: the fixes moved or scattered over %1 m (2-sigma spread); %2 m is the most their accuracy allows. Stand still at the outlet and take them again.</translation>
    </message>
    <message>
        <source> Recorded as far from the site (%1 m).</source>
        <translation> Recorded as far from the site (%1 m).</translation>
    </message>
</context>
<context>
    <name>outfall::models::OutletListModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source> at %1 % O₂</source>
        <translation> at %1 % O₂</translation>
    </message>
    <message>
        <source>; %1 t/a permitted</source>
        <translation>; %1 t/a permitted</translation>
    </message>
</context>
<context>
    <name>outfall::models::PermitDetailController</name>
    <message>
        <source>Before issuance</source>
        <translation>Before issuance</translation>
    </message>
    <message>
        <source>After issuance</source>
        <translation>After issuance</translation>
    </message>
    <message>
        <source>Start inspection</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <source>Continue inspection</source>
        <translation>Continue inspection</translation>
    </message>
</context>
<context>
    <name>outfall::models::PhotoController</name>
    <message>
        <source>%1, %2 ±%3 m</source>
        <translation>%1, %2 ±%3 m</translation>
    </message>
    <message>
        <source>No position fix</source>
        <translation>No position fix</translation>
    </message>
    <message>
        <source>Inspector: %1</source>
        <translation>Inspector: %1</translation>
    </message>
    <message>
        <source>Permit: %1</source>
        <translation>Permit: %1</translation>
    </message>
    <message>
        <source>The photo was kept, but its display copy could not be made: %1</source>
        <translation>The photo was kept, but its display copy could not be made: %1</translation>
    </message>
    <message>
        <source>The photo was kept, but its display copy could not be written.</source>
        <translation>The photo was kept, but its display copy could not be written.</translation>
    </message>
    <message>
        <source>This device has no camera. Import an image file instead.</source>
        <translation>This device has no camera. Import an image file instead.</translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation>The camera failed: %1</translation>
    </message>
    <message>
        <source>Start the inspection first.</source>
        <translation>Start the inspection first.</translation>
    </message>
    <message>
        <source>This photo was already replaced; replace the newer one.</source>
        <translation>This photo was already replaced; replace the newer one.</translation>
    </message>
    <message>
        <source>No photo %1 in this inspection to replace.</source>
        <translation>No photo %1 in this inspection to replace.</translation>
    </message>
    <message>
        <source>No position in the file</source>
        <translation>No position in the file</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 ±%2 m (from the file)</source>
        <translation>%1 ±%2 m (from the file)</translation>
    </message>
    <message>
        <source>%1 (from the file)</source>
        <translation>%1 (from the file)</translation>
    </message>
    <message>
        <source>Imported, time unknown</source>
        <translation>Imported, time unknown</translation>
    </message>
    <message>
        <source>Imported, taken %1</source>
        <translation>Imported, taken %1</translation>
    </message>
</context>
<context>
    <name>outfall::models::PhotoGalleryModel</name>
    <message>
        <source>Original missing on this tablet</source>
        <translation>Original missing on this tablet</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Waiting to upload</translation>
    </message>
    <message>
        <source>No position fix when it was taken</source>
        <translation>No position fix when it was taken</translation>
    </message>
    <message>
        <source>%1, %2 ±%3 m</source>
        <translation>%1, %2 ±%3 m</translation>
    </message>
    <message>
        <source>Imported %1; time taken unknown</source>
        <translation>Imported %1; time taken unknown</translation>
    </message>
    <message>
        <source>Imported %1; taken %2</source>
        <translation>Imported %1; taken %2</translation>
    </message>
    <message>
        <source>No position in the file</source>
        <translation>No position in the file</translation>
    </message>
    <message>
        <source>%1, %2 (from the file)</source>
        <translation>%1, %2 (from the file)</translation>
    </message>
</context>
<context>
    <name>outfall::models::PositionController</name>
    <message>
        <source>Cannot read the NMEA log %1.</source>
        <translation>Cannot read the NMEA log %1.</translation>
    </message>
    <message>
        <source>NMEA replay: %1</source>
        <translation>NMEA replay: %1</translation>
    </message>
    <message>
        <source>This device has no position source. Positions cannot be recorded.</source>
        <translation>This device has no position source. Positions cannot be recorded.</translation>
    </message>
    <message>
        <source>Device GPS (%1)</source>
        <translation>Device GPS (%1)</translation>
    </message>
    <message>
        <source>Position source error %1.</source>
        <translation>Position source error %1.</translation>
    </message>
</context>
<context>
    <name>outfall::models::ReviewQueueModel</name>
    <message>
        <source>compliant</source>
        <translation>compliant</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <translation>non-compliant</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>before issuance</source>
        <translation>before issuance</translation>
    </message>
    <message>
        <source>after issuance</source>
        <translation>after issuance</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>waiting for review</translation>
    </message>
    <message>
        <source>returned to the inspector</source>
        <translation>returned to the inspector</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>enterprise representative</source>
        <translation>enterprise representative</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>inspector</translation>
    </message>
    <message>
        <source>Say what the inspector should amend before returning the inspection.</source>
        <translation>Say what the inspector should amend before returning the inspection.</translation>
    </message>
    <message>
        <source>Choose an inspection first.</source>
        <translation>Choose an inspection first.</translation>
    </message>
    <message>
        <source>Approved. The inspection is locked.</source>
        <translation>Approved. The inspection is locked.</translation>
    </message>
    <message>
        <source>Returned. The inspector&apos;s tablet gets the comment at its next sync.</source>
        <translation>Returned. The inspector&apos;s tablet gets the comment at its next sync.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
</context>
<context>
    <name>outfall::models::SeriesChart</name>
    <message>
        <source>No reported values</source>
        <translation>No reported values</translation>
    </message>
    <message>
        <source>limit %1 %2</source>
        <translation>limit %1 %2</translation>
    </message>
    <message>
        <source>Reported value</source>
        <translation>Reported value</translation>
    </message>
    <message>
        <source>Permitted limit</source>
        <translation>Permitted limit</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Over the limit</translation>
    </message>
    <message>
        <source>Invalid data (not judged)</source>
        <translation>Invalid data (not judged)</translation>
    </message>
    <message>
        <source>minimum %1 %2</source>
        <translation>minimum %1 %2</translation>
    </message>
    <message>
        <source>invalid data, not judged against the limit</source>
        <translation>invalid data, not judged against the limit</translation>
    </message>
    <message>
        <source>valid, over the limit</source>
        <translation>valid, over the limit</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
</context>
<context>
    <name>outfall::models::SettingsController</name>
    <message>
        <source>The GPS accuracy threshold must be between 1 and 500 m.</source>
        <translation>The GPS accuracy threshold must be between 1 and 500 m.</translation>
    </message>
    <message>
        <source>The photo size must be between 640 and 8192 pixels.</source>
        <translation>The photo size must be between 640 and 8192 pixels.</translation>
    </message>
    <message>
        <source>The server address must look like tcp://host:port.</source>
        <translation>The server address must look like tcp://host:port.</translation>
    </message>
</context>
<context>
    <name>outfall::models::SignatureController</name>
    <message>
        <source>Sign on the pad first.</source>
        <translation>Sign on the pad first.</translation>
    </message>
    <message>
        <source>Enter the name of the person signing.</source>
        <translation>Enter the name of the person signing.</translation>
    </message>
    <message>
        <source>Enter the name of the witness who saw the refusal.</source>
        <translation>Enter the name of the witness who saw the refusal.</translation>
    </message>
    <message>
        <source>The witness signs on the pad first.</source>
        <translation>The witness signs on the pad first.</translation>
    </message>
</context>
<context>
    <name>outfall::models::SyncController</name>
    <message>
        <source>Nothing is lost: your records stay on this tablet until the server confirms them.</source>
        <translation>Nothing is lost: your records stay on this tablet until the server confirms them.</translation>
    </message>
    <message>
        <source>This tablet is not enrolled with a server yet.</source>
        <translation>This tablet is not enrolled with a server yet.</translation>
    </message>
    <message>
        <source>Enrol it with the code from your supervisor, then sync again.</source>
        <translation>Enrol it with the code from your supervisor, then sync again.</translation>
    </message>
    <message>
        <source>No sync server is configured.</source>
        <translation>No sync server is configured.</translation>
    </message>
    <message>
        <source>Set the server address in Settings, then sync again.</source>
        <translation>Set the server address in Settings, then sync again.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1).</source>
        <translation>The server could not be reached (%1).</translation>
    </message>
    <message>
        <source>Outfall will retry when the server is reachable.</source>
        <translation>Outfall will retry when the server is reachable.</translation>
    </message>
    <message>
        <source>The server refused this tablet&apos;s key: the tablet was revoked or is not enrolled with this server.</source>
        <translation>The server refused this tablet&apos;s key: the tablet was revoked or is not enrolled with this server.</translation>
    </message>
    <message>
        <source>Ask your supervisor to enrol this tablet again.</source>
        <translation>Ask your supervisor to enrol this tablet again.</translation>
    </message>
    <message>
        <source>The server refused this tablet (%1).</source>
        <translation>The server refused this tablet (%1).</translation>
    </message>
    <message>
        <source>Ask your supervisor to check the enrolment.</source>
        <translation>Ask your supervisor to check the enrolment.</translation>
    </message>
    <message>
        <source>The last sync failed: %1.</source>
        <translation>The last sync failed: %1.</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Everything is on the server.</source>
        <translation>Everything is on the server.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) and %1 of photos waiting to be sent.</source>
        <translation>
            <numerusform>%n change and %1 of photos waiting to be sent.</numerusform>
            <numerusform>%n changes and %1 of photos waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Next attempt at %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the server and are not on it. Latest: %1</source>
        <translation>
            <numerusform>%n change was refused by the server and is not on it. Latest: %1</numerusform>
            <numerusform>%n changes were refused by the server and are not on it. Latest: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) are larger than the server accepts (256 MiB) and stay on this tablet.</source>
        <translation>
            <numerusform>%n photo is larger than the server accepts (256 MiB) and stays on this tablet.</numerusform>
            <numerusform>%n photos are larger than the server accepts (256 MiB) and stay on this tablet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outfall::models::TermNames</name>
    <message>
        <source>instantaneous</source>
        <translation>instantaneous</translation>
    </message>
    <message>
        <source>hourly mean</source>
        <translation>hourly mean</translation>
    </message>
    <message>
        <source>daily mean</source>
        <translation>daily mean</translation>
    </message>
    <message>
        <source>monthly mean</source>
        <translation>monthly mean</translation>
    </message>
    <message>
        <source>daily maximum</source>
        <translation>daily maximum</translation>
    </message>
    <message>
        <source>annual</source>
        <translation>annual</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>continuous</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <source>twice a year</source>
        <translation>twice a year</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>yearly</translation>
    </message>
    <message>
        <source>the atmosphere</source>
        <translation>the atmosphere</translation>
    </message>
    <message>
        <source>organised</source>
        <translation>organised</translation>
    </message>
    <message>
        <source>continuous discharge</source>
        <translation>continuous discharge</translation>
    </message>
    <message>
        <source>intermittent discharge</source>
        <translation>intermittent discharge</translation>
    </message>
</context>
</TS>
