<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssignmentDelegate</name>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · due %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
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
</context>
<context>
    <name>OfSearchField</name>
    <message>
        <source>Clear search</source>
        <translation>Clear search</translation>
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
    <name>outfall::models::SeriesChart</name>
    <message>
        <source>No reported values</source>
        <translation>No reported values</translation>
    </message>
    <message>
        <source>limit %1 %2</source>
        <translation>limit %1 %2</translation>
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
</context>
</TS>
