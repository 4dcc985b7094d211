<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Main</name>
    <message>
      <source>Outfall</source>
      <translation>排污监管</translation>
    </message>
    <message>
      <source>Permits</source>
      <translation>排污许可证</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
  </context>
  <context>
    <name>OfSearchField</name>
    <message>
      <source>Clear search</source>
      <translation>清除搜索</translation>
    </message>
  </context>
  <context>
    <name>OutletCard</name>
    <message>
      <source>%1, %2 · %3, %4 · to %5</source>
      <translation>%1，%2 · %3, %4 · 去向 %5</translation>
    </message>
    <message>
      <source>air</source>
      <translation>废气</translation>
    </message>
    <message>
      <source>water</source>
      <translation>废水</translation>
    </message>
    <message>
      <source>main outlet</source>
      <translation>主要排放口</translation>
    </message>
    <message>
      <source>general outlet</source>
      <translation>一般排放口</translation>
    </message>
    <message>
      <source>Monitoring: %1</source>
      <translation>自行监测：%1</translation>
    </message>
    <message>
      <source>Chart %1</source>
      <translation>%1 曲线</translation>
    </message>
  </context>
  <context>
    <name>PermitDelegate</name>
    <message numerus="yes">
      <source>%1 · valid to %2 · %n outlet(s)</source>
      <translation>
        <numerusform>%1 · 有效期至 %2 · %n 个排放口</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PermitDetailPage</name>
    <message>
      <source>‹ Back</source>
      <translation>‹ 返回</translation>
    </message>
    <message>
      <source>Permit number</source>
      <translation>许可证编号</translation>
    </message>
    <message>
      <source>Credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>有效期</translation>
    </message>
    <message>
      <source>%1 to %2</source>
      <translation>%1 至 %2</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message numerus="yes">
      <source>Expired %n day(s) ago</source>
      <translation>
        <numerusform>已过期 %n 天</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) left</source>
      <translation>
        <numerusform>剩余 %n 天</numerusform>
      </translation>
    </message>
    <message>
      <source>Authority</source>
      <translation>发证机关</translation>
    </message>
    <message>
      <source>Industry</source>
      <translation>行业类别</translation>
    </message>
    <message>
      <source>Legal representative</source>
      <translation>法定代表人</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>生产规模</translation>
    </message>
    <message>
      <source>Reported values, last 12 months</source>
      <translation>近 12 个月申报数据</translation>
    </message>
    <message>
      <source>No reported values for this outlet and pollutant.</source>
      <translation>该排放口和污染物没有申报数据。</translation>
    </message>
    <message numerus="yes">
      <source>%1: %n value(s) over the limit</source>
      <translation>
        <numerusform>%1：%n 个数值超过限值</numerusform>
      </translation>
    </message>
    <message>
      <source>Outlets (%1)</source>
      <translation>排放口（%1）</translation>
    </message>
  </context>
  <context>
    <name>PermitsPage</name>
    <message>
      <source>Permits</source>
      <translation>排污许可证</translation>
    </message>
    <message>
      <source>Search permit number, credit code or name</source>
      <translation>搜索许可证编号、信用代码或单位名称</translation>
    </message>
    <message numerus="yes">
      <source>%n permit(s)</source>
      <translation>
        <numerusform>%n 张许可证</numerusform>
      </translation>
    </message>
    <message>
      <source>No permit matches “%1”.</source>
      <translation>没有与“%1”匹配的许可证。</translation>
    </message>
    <message>
      <source>No permits on this device yet. Sync to receive the permits of your assignments.</source>
      <translation>本设备上还没有许可证。请同步以获取您所分配任务的许可证。</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Outlet position checks refuse fixes less accurate than this.</source>
      <translation>排放口位置核查将拒绝精度低于此值的定位。</translation>
    </message>
    <message>
      <source>GPS accuracy threshold: %1 m</source>
      <translation>GPS 精度阈值：%1 米</translation>
    </message>
    <message>
      <source>%1 m</source>
      <translation>%1 米</translation>
    </message>
    <message>
      <source>Longest edge of the copy that is uploaded. The original photo stays on the tablet.</source>
      <translation>上传副本的最长边。原始照片保留在平板上。</translation>
    </message>
    <message>
      <source>Photo upload size: %1 px</source>
      <translation>照片上传尺寸：%1 像素</translation>
    </message>
    <message>
      <source>%1 px</source>
      <translation>%1 像素</translation>
    </message>
    <message>
      <source>Set by enrolment; change it only when your supervisor tells you to.</source>
      <translation>由设备注册设定；仅在主管要求时修改。</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
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
      <translation>（基准氧含量 %1%）</translation>
    </message>
    <message>
      <source>; %1 t/a permitted</source>
      <translation>；许可排放量 %1 吨/年</translation>
    </message>
  </context>
  <context>
    <name>outfall::models::PositionController</name>
    <message>
      <source>Cannot read the NMEA log %1.</source>
      <translation>无法读取 NMEA 日志 %1。</translation>
    </message>
    <message>
      <source>NMEA replay: %1</source>
      <translation>NMEA 回放：%1</translation>
    </message>
    <message>
      <source>This device has no position source. Positions cannot be recorded.</source>
      <translation>本设备没有定位源，无法记录位置。</translation>
    </message>
    <message>
      <source>Device GPS (%1)</source>
      <translation>设备 GPS（%1）</translation>
    </message>
    <message>
      <source>Position source error %1.</source>
      <translation>定位源错误 %1。</translation>
    </message>
  </context>
  <context>
    <name>outfall::models::SeriesChart</name>
    <message>
      <source>No reported values</source>
      <translation>无申报数据</translation>
    </message>
    <message>
      <source>limit %1 %2</source>
      <translation>限值 %1 %2</translation>
    </message>
  </context>
  <context>
    <name>outfall::models::SettingsController</name>
    <message>
      <source>The GPS accuracy threshold must be between 1 and 500 m.</source>
      <translation>GPS 精度阈值必须在 1 到 500 米之间。</translation>
    </message>
    <message>
      <source>The photo size must be between 640 and 8192 pixels.</source>
      <translation>照片尺寸必须在 640 到 8192 像素之间。</translation>
    </message>
    <message>
      <source>The server address must look like tcp://host:port.</source>
      <translation>服务器地址格式应为 tcp://主机:端口。</translation>
    </message>
  </context>
</TS>