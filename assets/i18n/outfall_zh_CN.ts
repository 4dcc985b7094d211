<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssignmentDelegate</name>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · %2 到期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n photo(s)</source>
        <translation>
            <numerusform>证据：%n 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) waiting to upload. Originals stay on this tablet until the server confirms them.</source>
        <translation>
            <numerusform>%n 张照片等待上传。原件保留在本平板上，直到服务器确认收到。</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos on this tablet yet.</source>
        <translation>本平板上还没有照片。</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Welcome to Outfall</source>
        <translation>欢迎使用排污监管</translation>
    </message>
    <message>
        <source>1. Language / 语言</source>
        <translation>1. 语言 / Language</translation>
    </message>
    <message>
        <source>Your supervisor gives you an enrolment file or code. Open the file, or paste the code below.</source>
        <translation>主管会给您一个注册文件或注册码。请打开该文件，或将注册码粘贴到下方。</translation>
    </message>
    <message>
        <source>2. Enrol this tablet</source>
        <translation>2. 注册本平板</translation>
    </message>
    <message>
        <source>Path of the enrolment file</source>
        <translation>注册文件路径</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Paste the enrolment code here</source>
        <translation>在此粘贴注册码</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>注册</translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message>
        <source>Flags</source>
        <translation>问题标记</translation>
    </message>
    <message numerus="yes">
        <source>Open flags: %n</source>
        <translation>
            <numerusform>未处理的问题标记：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>No open flags for the permits on this tablet.</source>
        <translation>本平板上的许可证没有未处理的问题标记。</translation>
    </message>
</context>
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
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>问题标记</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open permit</source>
        <translation>打开许可证</translation>
    </message>
    <message>
        <source>No assigned outlets to show. Sync to receive today&apos;s route.</source>
        <translation>没有可显示的已分配排污口。请同步以接收今日路线。</translation>
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
    <name>SyncStatusCard</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s route: %n stop(s)</source>
        <translation>
            <numerusform>今日路线：%n 站</numerusform>
        </translation>
    </message>
    <message>
        <source>Distances from your position (±%1 m).</source>
        <translation>距离按您的当前位置计算（±%1 米）。</translation>
    </message>
    <message>
        <source>Waiting for a position fix; distances appear when there is one.</source>
        <translation>正在等待定位；定位后显示距离。</translation>
    </message>
    <message>
        <source>No assignments on this tablet. Sync to receive today&apos;s route.</source>
        <translation>本平板上没有任务。请同步以接收今日路线。</translation>
    </message>
</context>
<context>
    <name>outfall::models::AssignmentListModel</name>
    <message>
        <source>distance unknown (no position yet)</source>
        <translation>距离未知（尚未定位）</translation>
    </message>
    <message>
        <source>%1 m away</source>
        <translation>距离 %1 米</translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation>距离 %1 公里</translation>
    </message>
</context>
<context>
    <name>outfall::models::EnrolmentController</name>
    <message>
        <source>The code is valid, but this build cannot contact the server to enrol yet. Nothing was changed.</source>
        <translation>注册码有效，但此版本暂时无法连接服务器进行注册。未做任何更改。</translation>
    </message>
    <message>
        <source>Paste the enrolment code or open the enrolment file.</source>
        <translation>请粘贴注册码或打开注册文件。</translation>
    </message>
    <message>
        <source>This is not an enrolment code: the text is not valid JSON (%1 at character %2).</source>
        <translation>这不是注册码：文本不是有效的 JSON（第 %2 个字符处：%1）。</translation>
    </message>
    <message>
        <source>This is not an enrolment code: it must be a JSON object.</source>
        <translation>这不是注册码：它必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The enrolment code has no “%1” field.</source>
        <translation>注册码缺少“%1”字段。</translation>
    </message>
    <message>
        <source>The “%1” field of the enrolment code must be text.</source>
        <translation>注册码的“%1”字段必须是文本。</translation>
    </message>
    <message>
        <source>The server address “%1” must look like tcp://host:port.</source>
        <translation>服务器地址“%1”的格式必须为 tcp://主机:端口。</translation>
    </message>
    <message>
        <source>The server public key must be %1 characters long (Z85 of 32 bytes); this one has %2.</source>
        <translation>服务器公钥必须为 %1 个字符（32 字节的 Z85 编码）；此公钥为 %2 个字符。</translation>
    </message>
    <message>
        <source>The server public key has a character that is not Z85: “%1” at position %2.</source>
        <translation>服务器公钥含有非 Z85 字符：第 %2 位的“%1”。</translation>
    </message>
    <message>
        <source>The enrolment token is too short (%1 characters, at least %2).</source>
        <translation>注册令牌太短（%1 个字符，至少需要 %2 个）。</translation>
    </message>
    <message>
        <source>Cannot open the enrolment file “%1”: %2</source>
        <translation>无法打开注册文件“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is too large to be an enrolment file.</source>
        <translation>“%1”太大，不可能是注册文件。</translation>
    </message>
    <message>
        <source>No device profile is open.</source>
        <translation>没有打开设备档案。</translation>
    </message>
    <message>
        <source>The server answered with an invalid inspector id.</source>
        <translation>服务器返回的检查员编号无效。</translation>
    </message>
</context>
<context>
    <name>outfall::models::FlagListModel</name>
    <message>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>outlet %1</source>
        <translation>排污口 %1</translation>
    </message>
    <message>
        <source>whole permit</source>
        <translation>整个许可证</translation>
    </message>
</context>
<context>
    <name>outfall::models::MapCanvas</name>
    <message>
        <source>Stop %1: %2, permit %3</source>
        <translation>第 %1 站：%2，许可证 %3</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>Not in route order: %1, permit %2</source>
        <translation>未排入路线：%1，许可证 %2</translation>
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
    <name>outfall::models::PhotoGalleryModel</name>
    <message>
        <source>Original missing on this tablet</source>
        <translation>本平板上缺少原件</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>已上传到服务器</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>等待上传</translation>
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
<context>
    <name>outfall::models::SyncController</name>
    <message>
        <source>Nothing is lost: your records stay on this tablet until the server confirms them.</source>
        <translation>数据不会丢失：您的记录会保留在本平板上，直到服务器确认收到。</translation>
    </message>
    <message>
        <source>This tablet is not enrolled with a server yet.</source>
        <translation>本平板尚未在服务器注册。</translation>
    </message>
    <message>
        <source>Enrol it with the code from your supervisor, then sync again.</source>
        <translation>请用主管提供的注册码注册，然后再次同步。</translation>
    </message>
    <message>
        <source>No sync server is configured.</source>
        <translation>尚未配置同步服务器。</translation>
    </message>
    <message>
        <source>Set the server address in Settings, then sync again.</source>
        <translation>请在“设置”中填写服务器地址，然后再次同步。</translation>
    </message>
    <message>
        <source>The server could not be reached (%1).</source>
        <translation>无法连接服务器（%1）。</translation>
    </message>
    <message>
        <source>Outfall will retry when the server is reachable.</source>
        <translation>服务器可连接时将自动重试。</translation>
    </message>
    <message>
        <source>The server refused this tablet (%1).</source>
        <translation>服务器拒绝了本平板（%1）。</translation>
    </message>
    <message>
        <source>Ask your supervisor to check the enrolment.</source>
        <translation>请联系主管检查注册信息。</translation>
    </message>
    <message>
        <source>The last sync failed: %1.</source>
        <translation>上次同步失败：%1。</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Everything is on the server.</source>
        <translation>所有数据都已上传到服务器。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) and %1 of photos waiting to be sent.</source>
        <translation>
            <numerusform>%n 项更改和 %1 的照片等待发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>下次尝试时间：%1。</translation>
    </message>
</context>
</TS>
