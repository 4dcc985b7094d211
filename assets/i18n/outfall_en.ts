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