<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>