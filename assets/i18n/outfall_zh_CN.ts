<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicationPane</name>
    <message>
        <source>Waiting for a decision</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>已退回补正</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已核发</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation>申请于 %1</translation>
    </message>
    <message>
        <source>%1 · mismatches: %2</source>
        <translation>%1 · 不符：%2</translation>
    </message>
    <message>
        <source>No applications here.</source>
        <translation>此处没有申请。</translation>
    </message>
    <message>
        <source>Choose an application on the left.</source>
        <translation>请在左侧选择一份申请。</translation>
    </message>
    <message>
        <source>Application %1 · applied %2 · %3</source>
        <translation>申请 %1 · 申请于 %2 · %3</translation>
    </message>
    <message>
        <source>declared capacity %1</source>
        <translation>申报产能 %1</translation>
    </message>
    <message>
        <source>Declarations and what the inspection found</source>
        <translation>申报事项与现场核查结果</translation>
    </message>
    <message>
        <source>Mismatch flags (%1)</source>
        <translation>不符疑点（%1）</translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation>此前的决定</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Reason (required; the applicant reads it)</source>
        <translation>理由（必填；申请单位可见）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予许可</translation>
    </message>
</context>
<context>
    <name>AssignmentDelegate</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
</context>
<context>
    <name>ChecklistItemDelegate</name>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>major</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>一般</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>Note (what you saw)</source>
        <translation>备注（现场所见）</translation>
    </message>
    <message>
        <source>Non-compliant: needs a note or a photo of this item before submitting</source>
        <translation>不符合：提交前须为本项填写说明或拍摄照片</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Outfall console</source>
        <translation>Outfall 监管台</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>审核（%1）</translation>
    </message>
    <message>
        <source>Flags (%1)</source>
        <translation>疑点（%1）</translation>
    </message>
    <message>
        <source>Applications (%1)</source>
        <translation>许可申请（%1）</translation>
    </message>
    <message>
        <source>Routes (%1)</source>
        <translation>抽查与路线（%1）</translation>
    </message>
</context>
<context>
    <name>ConsoleHeader</name>
    <message>
        <source>Outfall console</source>
        <translation>Outfall 监管台</translation>
    </message>
    <message>
        <source>%1 · %2 permits in the district</source>
        <translation>%1 · 辖区许可证 %2 份</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>ConsoleMapPanel</name>
    <message>
        <source>No sites yet: the map appears once the server has answered.</source>
        <translation>尚无点位：服务器应答后显示地图。</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>第 %1 组</translation>
    </message>
    <message>
        <source>start</source>
        <translation>出发点</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>违法</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警示</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <source>New draw</source>
        <translation>新建抽查</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>抽取</translation>
    </message>
    <message>
        <source>Pool (empty: every enterprise; e.g. region=440305,class=key)</source>
        <translation>抽查范围（留空为全部企业；例如 region=440305,class=key）</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员数</translation>
    </message>
    <message>
        <source>Seed (empty: chosen and recorded)</source>
        <translation>随机种子（留空则自动生成并记录）</translation>
    </message>
    <message>
        <source>Weight by risk</source>
        <translation>按风险加权</translation>
    </message>
    <message>
        <source>Risk weighting favours enterprises with open flags, past violations and a long time since the last inspection.</source>
        <translation>风险加权优先抽取有未处理疑点、曾有违法记录或长期未检查的企业。</translation>
    </message>
</context>
<context>
    <name>DrawPane</name>
    <message>
        <source>New draw…</source>
        <translation>新建抽查…</translation>
    </message>
    <message>
        <source>Draw %1</source>
        <translation>抽查 %1</translation>
    </message>
    <message>
        <source>%1 sites, %2 teams · %3</source>
        <translation>%1 个点位，%2 个小组 · %3</translation>
    </message>
    <message>
        <source>No draws yet.</source>
        <translation>尚无抽查。</translation>
    </message>
    <message>
        <source>Choose a draw on the left, or make a new one.</source>
        <translation>请在左侧选择一次抽查，或新建一次。</translation>
    </message>
    <message>
        <source>Draw %1 · %2</source>
        <translation>抽查 %1 · %2</translation>
    </message>
    <message>
        <source>Seed %1 · pool &quot;%2&quot; · candidates: %3 · weighting: %4 · %5</source>
        <translation>种子 %1 · 范围“%2” · 候选企业：%3 · 权重：%4 · %5</translation>
    </message>
    <message>
        <source>Planned routes: %1 km in all, against %2 km in the draw&apos;s order.</source>
        <translation>规划路线共 %1 公里，按抽取顺序为 %2 公里。</translation>
    </message>
    <message>
        <source>Team %1: %2 · %3 km</source>
        <translation>第 %1 组：%2 · %3 公里</translation>
    </message>
    <message>
        <source>Team %1: %2</source>
        <translation>第 %1 组：%2</translation>
    </message>
    <message>
        <source>Plan again…</source>
        <translation>重新规划…</translation>
    </message>
    <message>
        <source>Plan routes…</source>
        <translation>规划路线…</translation>
    </message>
    <message>
        <source>Publish to the inspectors</source>
        <translation>发布给执法人员</translation>
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
    <message>
        <source>No caption</source>
        <translation>无说明</translation>
    </message>
    <message>
        <source>Taken %1 · %2</source>
        <translation>拍摄于 %1 · %2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Signed records (%1)</source>
        <translation>已签名记录（%1）</translation>
    </message>
</context>
<context>
    <name>EvidenceProofView</name>
    <message>
        <source>Proof: %1</source>
        <translation>证明：%1</translation>
    </message>
    <message>
        <source>Record SHA-256</source>
        <translation>记录 SHA-256</translation>
    </message>
    <message>
        <source>Chain no.</source>
        <translation>链序号</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Leaf index</source>
        <translation>叶序号</translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation>树大小</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>根哈希</translation>
    </message>
    <message>
        <source>Signed by the server</source>
        <translation>服务器签名</translation>
    </message>
    <message>
        <source>Audit path</source>
        <translation>审计路径</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>EvidenceRecordList</name>
    <message>
        <source>No. %1 · signed %2</source>
        <translation>第 %1 号 · 签名于 %2</translation>
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
    <name>FlagPane</name>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已消除</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Only the first 5000 are shown.</source>
        <translation>仅显示前 5000 条。</translation>
    </message>
    <message>
        <source>Reason for the decision (kept with it)</source>
        <translation>处理理由（随决定一并保存）</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>处理理由：%1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>No flags here.</source>
        <translation>此处没有疑点。</translation>
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
    <message>
        <source>Checking the permits on this tablet for flags…</source>
        <translation>正在检查本机上的许可证是否有问题标记…</translation>
    </message>
</context>
<context>
    <name>InspectionDeclarationSection</name>
    <message>
        <source>Declarations checked: %1 of %2; mismatches: %3</source>
        <translation>已核查申报事项：%1/%2；不符：%3</translation>
    </message>
    <message>
        <source>Declared: %1</source>
        <translation>申报：%1</translation>
    </message>
    <message>
        <source>Found here</source>
        <translation>在此找到</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Present, running</source>
        <translation>在位，运行中</translation>
    </message>
    <message>
        <source>Present, not running</source>
        <translation>在位，未运行</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Capacity seen</source>
        <translation>现场产能</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Record capacity</source>
        <translation>记录产能</translation>
    </message>
    <message>
        <source>Outside every prohibited zone</source>
        <translation>不在任何禁止区域内</translation>
    </message>
    <message>
        <source>Inside a prohibited zone</source>
        <translation>位于禁止区域内</translation>
    </message>
</context>
<context>
    <name>InspectionFindingsCard</name>
    <message>
        <source>Findings of this visit</source>
        <translation>本次检查发现的问题</translation>
    </message>
    <message>
        <source>Read them with the representative before signing. Provisional until the server confirms them.</source>
        <translation>签名前请与企业代表一同阅读。在服务器确认之前为初步结论。</translation>
    </message>
    <message>
        <source>No discrepancy found in this visit&apos;s records so far (provisional: the server checks again after sync).</source>
        <translation>本次检查记录中暂未发现问题（初步结论：同步后服务器将再次核查）。</translation>
    </message>
</context>
<context>
    <name>InspectionMeasurementSection</name>
    <message>
        <source>Correcting %1. Saving records a new measurement that supersedes it.</source>
        <translation>正在更正 %1。保存后将记录一条取代它的新监测数据。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>%1 (superseded)</source>
        <translation>%1（已被取代）</translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation>%1（更正）</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
</context>
<context>
    <name>InspectionOutletSection</name>
    <message>
        <source>Outlet position</source>
        <translation>排放口位置</translation>
    </message>
    <message>
        <source>Fixes to average</source>
        <translation>平均定位次数</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message numerus="yes">
        <source>Take %n fix(es)</source>
        <translation>
            <numerusform>定位 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Record outlet check</source>
        <translation>记录排放口核查</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>Inspection</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <source>No inspection of this permit is in progress.</source>
        <translation>该许可证目前没有进行中的检查。</translation>
    </message>
    <message>
        <source>Your position: %1, %2 (±%3 m)</source>
        <translation>您的位置：%1, %2（±%3 米）</translation>
    </message>
    <message>
        <source>Waiting for a position fix…</source>
        <translation>正在等待定位…</translation>
    </message>
    <message>
        <source>Start inspection here</source>
        <translation>在此开始检查</translation>
    </message>
    <message>
        <source>Checklist %1/%2</source>
        <translation>检查表 %1/%2</translation>
    </message>
    <message>
        <source>Measurements (%1)</source>
        <translation>监测 (%1)</translation>
    </message>
    <message>
        <source>Outlet check (%1)</source>
        <translation>排放口核查 (%1)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>照片 (%1)</translation>
    </message>
    <message>
        <source>Sign &amp; submit</source>
        <translation>签名与提交</translation>
    </message>
    <message>
        <source>No device profile is open.</source>
        <translation>未打开设备档案。</translation>
    </message>
    <message>
        <source>Start anyway, marked far from the site</source>
        <translation>仍然开始，标记为远离现场</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>服务器拒收：%1</translation>
    </message>
    <message>
        <source>Records (%1)</source>
        <translation>记录（%1）</translation>
    </message>
    <message>
        <source>Declarations (%1/%2)</source>
        <translation>申报事项（%1/%2）</translation>
    </message>
</context>
<context>
    <name>InspectionPhotoSection</name>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation>照片内容</translation>
    </message>
    <message>
        <source>General</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>This device has no camera: import the photo from a file.</source>
        <translation>本设备没有相机：请从文件导入照片。</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Or type the file&apos;s path</source>
        <translation>或输入文件路径</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>The next photo replaces a recorded one. Say why in the caption.</source>
        <translation>下一张照片将替换一张已记录的照片。请在说明中写明原因。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Caption (why it is replaced)</source>
        <translation>说明（替换原因）</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已被替换</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>替换照片</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>%1 Type the file&apos;s path below instead.</source>
        <translation>%1 请在下方输入文件路径。</translation>
    </message>
    <message>
        <source>Keep it, marked far from the site</source>
        <translation>仍然保留，标记为远离现场</translation>
    </message>
</context>
<context>
    <name>InspectionProductionCard</name>
    <message>
        <source>Production seen on site</source>
        <translation>现场生产状态</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>已记录：%1</translation>
    </message>
    <message>
        <source>Not recorded yet: ask and record it before signing.</source>
        <translation>尚未记录：签名前请询问并记录。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正常生产</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>部分生产</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停产</translation>
    </message>
    <message>
        <source>Load (%), as the representative states it</source>
        <translation>负荷（%），按企业代表所述</translation>
    </message>
    <message>
        <source>Load (%), if stated</source>
        <translation>负荷（%），如有说明</translation>
    </message>
    <message>
        <source>Record production</source>
        <translation>记录生产状态</translation>
    </message>
</context>
<context>
    <name>InspectionSubmitSection</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Enterprise representative</source>
        <translation>企业代表</translation>
    </message>
    <message>
        <source>Representative&apos;s signature</source>
        <translation>企业代表签名</translation>
    </message>
    <message>
        <source>Sign as representative</source>
        <translation>企业代表签名确认</translation>
    </message>
    <message>
        <source>Refused to sign</source>
        <translation>拒绝签名</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Still missing before you can submit:</source>
        <translation>提交前仍缺少：</translation>
    </message>
    <message>
        <source>Everything required is recorded.</source>
        <translation>所需内容均已记录。</translation>
    </message>
    <message>
        <source>Submit inspection</source>
        <translation>提交检查</translation>
    </message>
    <message>
        <source>%1 refused to sign (recorded at %2)</source>
        <translation>%1 拒绝签名（记录于 %2）</translation>
    </message>
    <message>
        <source>%1 refused to sign at %2</source>
        <translation>%1 于 %2 拒绝签名</translation>
    </message>
    <message>
        <source>%1 signed at %2</source>
        <translation>%1 于 %2 签名</translation>
    </message>
    <message>
        <source>voided by a change made after it</source>
        <translation>签名后记录有变更，已作废</translation>
    </message>
    <message>
        <source>Signing waits for the production state and a team of two inspectors.</source>
        <translation>签名前须记录生产状态并有两名执法人员。</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>%1 · certificate %2</source>
        <translation>%1 · 执法证 %2</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>%1 的签名</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>以 %1 的身份签名</translation>
    </message>
    <message>
        <source>Witness: %1</source>
        <translation>见证人：%1</translation>
    </message>
    <message>
        <source>If the representative refuses to sign, a witness who saw the refusal signs instead.</source>
        <translation>企业代表拒绝签名时，由见证拒签的见证人签名。</translation>
    </message>
    <message>
        <source>Witness&apos;s name</source>
        <translation>见证人姓名</translation>
    </message>
    <message>
        <source>Witness&apos;s signature</source>
        <translation>见证人签名</translation>
    </message>
    <message>
        <source>Resubmit inspection</source>
        <translation>重新提交检查</translation>
    </message>
</context>
<context>
    <name>InspectionTeamCard</name>
    <message>
        <source>Inspection team</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>%1 (leads) · certificate %2</source>
        <translation>%1（主办）· 执法证 %2</translation>
    </message>
    <message>
        <source>%1 · certificate %2</source>
        <translation>%1 · 执法证 %2</translation>
    </message>
    <message>
        <source>none on record</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Add inspector</source>
        <translation>添加执法人员</translation>
    </message>
    <message>
        <source>No other inspector with an enforcement certificate is known to this tablet; sync to get the staff list.</source>
        <translation>本设备上没有其他持执法证的执法人员；请同步以获取人员名单。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>InspectionUndeclaredOutlet</name>
    <message>
        <source>The inspection is no longer in progress.</source>
        <translation>本次检查已不在进行中。</translation>
    </message>
    <message>
        <source>Wait until the fixes are taken.</source>
        <translation>请等待定位完成。</translation>
    </message>
    <message>
        <source>Take the fixes standing at the outlet first.</source>
        <translation>请先站在该排放口处定位。</translation>
    </message>
    <message>
        <source>Describe the outlet first.</source>
        <translation>请先描述该排放口。</translation>
    </message>
    <message>
        <source>Undeclared outlet</source>
        <translation>未申报排放口</translation>
    </message>
    <message>
        <source>An outlet that is not on the permit is illegal discharge. Take the fixes standing at it, describe it and record it.</source>
        <translation>许可证未载明的排放口属于非法排放。请站在该排放口处定位，描述并记录。</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>废水</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>废气</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>e.g. pipe into the river behind the workshop</source>
        <translation>例如：车间后方通往河道的管道</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message numerus="yes">
        <source>Take %n fix(es) here</source>
        <translation>
            <numerusform>在此定位 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Record undeclared outlet</source>
        <translation>记录未申报排放口</translation>
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
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
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
    <message>
        <source>Me</source>
        <translation>我的位置</translation>
    </message>
</context>
<context>
    <name>NetworkClients</name>
    <message>
        <source>Enrolled. Device %1 is ready.</source>
        <translation>注册完成，设备 %1 已就绪。</translation>
    </message>
</context>
<context>
    <name>OfAnswerButtons</name>
    <message>
        <source>Compliant</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>不合规</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>OfFarConfirmation</name>
    <message>
        <source>Record anyway, marked far from the site</source>
        <translation>仍然记录，标记为远离现场</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OfMeasurementEditor</name>
    <message>
        <source>Outlet</source>
        <translation>排放口</translation>
    </message>
    <message>
        <source>Pollutant</source>
        <translation>污染物</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>实测值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>O₂ measured (%)</source>
        <translation>实测含氧量 (%)</translation>
    </message>
    <message>
        <source>Instrument ID</source>
        <translation>仪器编号</translation>
    </message>
    <message>
        <source>Method standard</source>
        <translation>方法标准</translation>
    </message>
    <message>
        <source>Record measurement</source>
        <translation>记录监测结果</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>Method standard (none in the permit: type the one used)</source>
        <translation>监测方法标准（许可证未载明：请填写实际采用的标准）</translation>
    </message>
    <message>
        <source>Method standard (from the permit)</source>
        <translation>监测方法标准（取自许可证）</translation>
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
    <name>OfSignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>在此签名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>OfSignatureView</name>
    <message>
        <source>✓ Signed by %1 at %2</source>
        <translation>✓ %1 已于 %2 签名</translation>
    </message>
    <message>
        <source>No strokes stored</source>
        <translation>未存储笔迹</translation>
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
    <message>
        <source>Inspections on this tablet (%1)</source>
        <translation>本平板上的检查（%1）</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1，开始于 %2</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Tap a point to see its value, date and validity.</source>
        <translation>点按数据点查看数值、日期和有效性。</translation>
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
    <message>
        <source>No caption</source>
        <translation>无说明</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan the routes</source>
        <translation>规划路线</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Each team&apos;s sites are ordered for travel from the start and back (straight-line distances).</source>
        <translation>按从出发点出发再返回的行程为每组点位排序（直线距离）。</translation>
    </message>
    <message>
        <source>Start latitude</source>
        <translation>出发点纬度</translation>
    </message>
    <message>
        <source>Start longitude</source>
        <translation>出发点经度</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>Choose an inspection on the left.</source>
        <translation>请在左侧选择一次检查。</translation>
    </message>
    <message>
        <source>Permit %1 · inspector %2 · submitted %3 · %4</source>
        <translation>许可证 %1 · 执法人员 %2 · 提交于 %3 · %4</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Rest of the checklist (%1)</source>
        <translation>其余检查项（%1）</translation>
    </message>
    <message>
        <source>Measurements (%1)</source>
        <translation>现场监测（%1）</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>照片（%1）</translation>
    </message>
    <message>
        <source>not uploaded yet</source>
        <translation>尚未上传</translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation>无法获取</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Signatures (%1)</source>
        <translation>签名（%1）</translation>
    </message>
    <message>
        <source>%1 %2 refused to sign (%3)</source>
        <translation>%1 %2 拒绝签名（%3）</translation>
    </message>
    <message>
        <source>%1 %2 signed at %3</source>
        <translation>%1 %2 签名于 %3</translation>
    </message>
    <message>
        <source>Flags raised (%1)</source>
        <translation>产生的疑点（%1）</translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation>此前的审核决定</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核决定</translation>
    </message>
    <message>
        <source>Comment (required to return it; the inspector reads it)</source>
        <translation>意见（退回时必填；执法人员可见）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Return to the inspector</source>
        <translation>退回执法人员</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>没有待审核的检查。</translation>
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
    <name>outfall::mobile::Refusal</name>
    <message>
        <source>air</source>
        <translation>废气</translation>
    </message>
    <message>
        <source>water</source>
        <translation>废水</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>pre-issuance</source>
        <translation>发证前</translation>
    </message>
    <message>
        <source>post-issuance</source>
        <translation>发证后</translation>
    </message>
    <message>
        <source>this device is not enrolled: no inspector to record as the author</source>
        <translation>此设备尚未注册：没有可记为记录人的检查员</translation>
    </message>
    <message>
        <source>no inspection %1 on this device</source>
        <translation>此设备上没有检查 %1</translation>
    </message>
    <message>
        <source>the permit has no outlet %1</source>
        <translation>该许可证没有排放口 %1</translation>
    </message>
    <message>
        <source>no photo %1 in inspection %2 to replace</source>
        <translation>检查 %2 中没有可替换的照片 %1</translation>
    </message>
    <message>
        <source>no measurement %1 in inspection %2 to correct</source>
        <translation>检查 %2 中没有可更正的监测数据 %1</translation>
    </message>
    <message>
        <source>photo %1 was already replaced by %2; replace that one</source>
        <translation>照片 %1 已被 %2 替换；请替换后者</translation>
    </message>
    <message>
        <source>measurement %1 was already corrected by %2; correct that one</source>
        <translation>监测数据 %1 已被 %2 更正；请更正后者</translation>
    </message>
    <message>
        <source>no position fix given</source>
        <translation>没有提供定位</translation>
    </message>
    <message>
        <source>position fix: %1</source>
        <translation>定位：%1</translation>
    </message>
    <message>
        <source>position fix refused: accuracy %1 m is worse than the %2 m threshold; wait for a better fix</source>
        <translation>定位被拒绝：精度 %1 米，差于 %2 米的阈值；请等待更好的定位</translation>
    </message>
    <message>
        <source>arrival fix: %1</source>
        <translation>到达定位：%1</translation>
    </message>
    <message>
        <source>no permit %1 on this device</source>
        <translation>此设备上没有许可证 %1</translation>
    </message>
    <message>
        <source>inspector %1 is not in this device&apos;s reference data yet; sync first</source>
        <translation>此设备的参考数据中还没有检查员 %1；请先同步</translation>
    </message>
    <message>
        <source>no %1 checklist on this device for industry %2 (permit %3)</source>
        <translation>此设备上没有行业 %2 的%1检查表（许可证 %3）</translation>
    </message>
    <message>
        <source>checklist item %1 is not in this inspection&apos;s checklist %2</source>
        <translation>检查项 %1 不在本次检查的检查表 %2 中</translation>
    </message>
    <message>
        <source>medium must be air or water, not &quot;%1&quot;</source>
        <translation>介质必须是废气或废水，而不是“%1”</translation>
    </message>
    <message>
        <source>an undeclared outlet needs a description</source>
        <translation>未申报的排放口需要描述</translation>
    </message>
    <message>
        <source>photo position: %1</source>
        <translation>照片位置：%1</translation>
    </message>
    <message>
        <source>the inspector&apos;s name is required to sign</source>
        <translation>签名需要填写检查员姓名</translation>
    </message>
    <message>
        <source>the representative&apos;s name is required to sign</source>
        <translation>签名需要填写企业代表姓名</translation>
    </message>
    <message>
        <source>the name of the representative who refused to sign is required</source>
        <translation>需要填写拒绝签名的企业代表姓名</translation>
    </message>
    <message>
        <source>the representative has already refused to sign (%1)</source>
        <translation>企业代表已拒绝签名（%1）</translation>
    </message>
    <message>
        <source>the inspector has already signed (%1)</source>
        <translation>检查员已签名（%1）</translation>
    </message>
    <message>
        <source>the representative has already signed (%1)</source>
        <translation>企业代表已签名（%1）</translation>
    </message>
    <message>
        <source>inspection %1 is already %2</source>
        <translation>检查 %1 的状态已是“%2”</translation>
    </message>
    <message>
        <source>inspection %1 cannot be submitted; missing: %2</source>
        <translation>检查 %1 无法提交；缺少：%2</translation>
    </message>
    <message>
        <source>unknown pollutant &quot;%1&quot; (not in the catalogue)</source>
        <translation>未知污染物“%1”（不在目录中）</translation>
    </message>
    <message>
        <source>%1 is measured in %2, but outlet %3 discharges to %4</source>
        <translation>%1 是%2指标，但排放口 %3 排放的是%4</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>未知单位“%1”</translation>
    </message>
    <message>
        <source>pH %1 is outside 0–14</source>
        <translation>pH %1 超出 0–14</translation>
    </message>
    <message>
        <source>O2 applies to stack gas; outlet %1 is a water outlet</source>
        <translation>O2 只适用于烟气；排放口 %1 是废水排放口</translation>
    </message>
    <message>
        <source>O2 %1 % must be ≥ 0 and &lt; 21 (21 % is ambient air)</source>
        <translation>O2 %1 % 必须 ≥ 0 且 &lt; 21（21 % 即环境空气）</translation>
    </message>
    <message>
        <source>unit %1 does not convert to %2, the unit of %3 at %4</source>
        <translation>单位 %1 无法换算为 %2（%4 处 %3 所用的单位）</translation>
    </message>
    <message>
        <source>cannot read photo %1: %2</source>
        <translation>无法读取照片 %1：%2</translation>
    </message>
    <message>
        <source>photo %1 is empty</source>
        <translation>照片 %1 是空的</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90..90</source>
        <translation>纬度 %1 超出 -90..90</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180..180</source>
        <translation>经度 %1 超出 -180..180</translation>
    </message>
    <message>
        <source>accuracy %1 m must be a positive number of metres</source>
        <translation>精度 %1 米必须是正数</translation>
    </message>
    <message>
        <source>a fix needs at least 1 sample, not %1</source>
        <translation>一次定位至少需要 1 个样本，而不是 %1</translation>
    </message>
    <message>
        <source>outlet %1 has no concentration limit for %2</source>
        <translation>排放口 %1 没有 %2 的浓度限值</translation>
    </message>
    <message>
        <source>no O2 measured: compared without correction to %1 % O2</source>
        <translation>未测 O2：未折算到 %1 % O2 基准氧含量，直接比较</translation>
    </message>
    <message>
        <source>position fixes refused: they moved or scattered over %1 m (2-sigma spread), more than the %2 m their accuracy allows; stand still at the point and take them again</source>
        <translation>定位已拒绝：各次定位移动或离散达 %1 米（2σ 离散半径），超过其精度允许的 %2 米；请在该点站稳后重新定位</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>the enterprise&apos;s position</source>
        <translation>企业位置</translation>
    </message>
    <message>
        <source>outlet %1</source>
        <translation>排放口 %1</translation>
    </message>
    <message>
        <source>%1 is %2 from the site (nearest: %3), more than the %4 m allowed from every outlet and the enterprise; confirm to record it anyway, marked as far from the site</source>
        <translation>%1距现场 %2（最近：%3），超出距各排放口及企业位置 %4 米的允许范围；如确认仍要记录，将标记为“远离现场”</translation>
    </message>
    <message>
        <source>the arrival position</source>
        <translation>到场位置</translation>
    </message>
    <message>
        <source>the outlet check position</source>
        <translation>排放口核查位置</translation>
    </message>
    <message>
        <source>the undeclared outlet&apos;s position</source>
        <translation>未申报排放口位置</translation>
    </message>
    <message>
        <source>the photo&apos;s position</source>
        <translation>照片位置</translation>
    </message>
    <message>
        <source>the signature&apos;s strokes are unreadable</source>
        <translation>签名笔迹无法读取</translation>
    </message>
    <message>
        <source>value %1 %2 is outside the physical range %3</source>
        <translation>数值 %1 %2 超出物理量程 %3</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG photo: its content is not an image this device can read</source>
        <translation>%1 不是 JPEG 或 PNG 照片：其内容不是本设备可读取的图像</translation>
    </message>
    <message>
        <source>%1 is a %2 image; a photo must be a JPEG or PNG</source>
        <translation>%1 是 %2 图像；照片必须为 JPEG 或 PNG 格式</translation>
    </message>
    <message>
        <source>%1 is not a usable photo: its %2 header states no picture size</source>
        <translation>%1 不是可用的照片：其 %2 文件头未给出图像尺寸</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels, more than the %4 megapixels a photo may have</source>
        <translation>%1 为 %2 × %3 像素，超过照片允许的 %4 百万像素</translation>
    </message>
    <message>
        <source>%1 does not decode as a %2 photo: %3</source>
        <translation>%1 无法按 %2 照片解码：%3</translation>
    </message>
    <message>
        <source>photo %1 is %2 MiB; the server accepts photos of up to %3 MiB (%4 bytes), so it could never be uploaded</source>
        <translation>照片 %1 大小为 %2 MiB；服务器只接收不超过 %3 MiB（%4 字节）的照片，因此该照片无法上传</translation>
    </message>
    <message>
        <source>accuracy %1 m is more than %2 m: a fix that poor says nothing about where it was taken</source>
        <translation>定位精度 %1 米超过 %2 米：如此差的定位无法说明取点位置</translation>
    </message>
    <message>
        <source>nothing is drawn on the pad: sign your name on it</source>
        <translation>签名板上没有笔迹：请在上面签名</translation>
    </message>
    <message>
        <source>this is too little to be a signature: sign your whole name on the pad, across at least %1 % of its width and %2 % of its height</source>
        <translation>笔迹太少，不能作为签名：请在签名板上写下全名，至少占签名板宽度的 %1 % 和高度的 %2 %</translation>
    </message>
    <message>
        <source>an imported photo keeps its own position (from its EXIF data); none may be given for it</source>
        <translation>导入的照片使用其自身（EXIF）的位置，不得另行指定位置</translation>
    </message>
    <message>
        <source>record the production state seen on site (running, partial with its load, or stopped) before signing</source>
        <translation>签名前请记录现场看到的生产状态（正常生产、部分生产及其负荷，或停产）</translation>
    </message>
    <message>
        <source>an inspection needs at least %1 inspectors holding enforcement certificates (《环境行政处罚办法》); this one has %2: add the second inspector before signing</source>
        <translation>一次检查至少需要 %1 名持有执法证的执法人员（《环境行政处罚办法》）；本次只有 %2 名：签名前请添加第二名执法人员</translation>
    </message>
    <message>
        <source>no inspector %1 on this device; sync to get the staff list</source>
        <translation>本设备上没有执法人员 %1；请同步以获取人员名单</translation>
    </message>
    <message>
        <source>%1 is already on this inspection&apos;s team</source>
        <translation>%1 已在本次检查的执法人员中</translation>
    </message>
    <message>
        <source>%1 is no longer an active inspector</source>
        <translation>%1 已不是在职执法人员</translation>
    </message>
    <message>
        <source>%1 has no enforcement certificate number on record; only an inspector holding one can inspect and sign</source>
        <translation>%1 没有登记执法证号；只有持证执法人员才能参加检查并签名</translation>
    </message>
    <message>
        <source>the production state must be running, partial or stopped, not &quot;%1&quot;</source>
        <translation>生产状态须为正常生产、部分生产或停产，而不是“%1”</translation>
    </message>
    <message>
        <source>a partial production needs its load in percent, more than 0 and less than 100</source>
        <translation>部分生产须填写负荷百分比，大于 0 且小于 100</translation>
    </message>
    <message>
        <source>a running production&apos;s load is more than 0 and at most 100 percent</source>
        <translation>正常生产的负荷须大于 0 且不超过 100%</translation>
    </message>
    <message>
        <source>a stopped production has no load</source>
        <translation>停产没有负荷</translation>
    </message>
    <message>
        <source>the record is signed (%1): the production state it states cannot change under the signatures</source>
        <translation>笔录已签名（%1）：签名所涵盖的生产状态不能再更改</translation>
    </message>
    <message>
        <source>inspector %1 is not on this inspection&apos;s team; add them first</source>
        <translation>执法人员 %1 不在本次检查的执法人员中；请先添加</translation>
    </message>
    <message>
        <source>%1 has no enforcement certificate number on record; an inspector signs with one</source>
        <translation>%1 没有登记执法证号；执法人员须持证签名</translation>
    </message>
    <message>
        <source>a refusal to sign needs a witness: enter the name of the person who saw the representative refuse</source>
        <translation>拒绝签名须有见证人：请填写见证代表拒签的人员姓名</translation>
    </message>
    <message>
        <source>returned for amendment</source>
        <translation>已退回修改</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>inspection %1 was approved by a supervisor and is locked: nothing can be added or changed</source>
        <translation>检查 %1 已由主管批准并锁定：不能再添加或修改任何内容</translation>
    </message>
    <message>
        <source>inspection %1 is submitted and waits for a supervisor&apos;s review: it can be changed only if the supervisor returns it</source>
        <translation>检查 %1 已提交，正在等待主管审核：只有主管退回后才能修改</translation>
    </message>
    <message>
        <source>measurement position: %1</source>
        <translation>测量位置：%1</translation>
    </message>
    <message>
        <source>%1 signed inspection %2 already and the signature is still in force: nothing to sign again</source>
        <translation>%1 已在检查 %2 上签名且签名仍然有效：无需再次签名</translation>
    </message>
    <message>
        <source>%1 is not on this inspection&apos;s team</source>
        <translation>%1 不在本次检查的执法小组中</translation>
    </message>
    <message>
        <source>%1 started this inspection and leads it: the lead stays on the team</source>
        <translation>%1 发起并负责本次检查：负责人不能移出小组</translation>
    </message>
    <message>
        <source>the record is signed (%1): the team it states cannot change under the signatures</source>
        <translation>记录已签名（%1）：签名所确认的小组成员不能再更改</translation>
    </message>
    <message>
        <source>%1&apos;s place on the team has been sent to the server and stays in the record; say on the record why they took no part</source>
        <translation>%1 加入小组的记录已发送到服务器，将保留在记录中；请在记录中说明其未参加的原因</translation>
    </message>
    <message>
        <source>a declared outlet found needs the position it was found at</source>
        <translation>找到的申报排放口需要记录其位置</translation>
    </message>
    <message>
        <source>the capacity seen must be a number ≥ 0</source>
        <translation>现场产能必须是不小于 0 的数字</translation>
    </message>
    <message>
        <source>the capacity seen needs its unit</source>
        <translation>现场产能需要单位</translation>
    </message>
    <message>
        <source>inspection %1 is not a pre-issuance inspection: declarations are checked before a permit is issued</source>
        <translation>检查 %1 不是核发前检查：申报事项在许可证核发前核查</translation>
    </message>
    <message>
        <source>inspection %1 is %2: checks can be added only while it is open</source>
        <translation>检查 %1 的状态为%2：只有进行中的检查才能添加核查结果</translation>
    </message>
    <message>
        <source>%1 %2 is not declared by this application</source>
        <translation>%1 %2 不在本申请的申报事项中</translation>
    </message>
    <message>
        <source>the note is longer than 2000 characters</source>
        <translation>备注超过 2000 个字符</translation>
    </message>
</context>
<context>
    <name>outfall::models::AppErrors</name>
    <message>
        <source>Something went wrong and was not saved: %1. Nothing already recorded is lost; try again, and restart the app if it happens again.</source>
        <translation>出现错误，本次操作未保存：%1。已记录的内容不会丢失；请重试，如再次出现请重启应用。</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>outfall::models::ApplicationQueueModel</name>
    <message>
        <source>declared outlet</source>
        <translation>申报排放口</translation>
    </message>
    <message>
        <source>treatment facility</source>
        <translation>污染治理设施</translation>
    </message>
    <message>
        <source>production capacity</source>
        <translation>生产能力</translation>
    </message>
    <message>
        <source>prohibited zones</source>
        <translation>禁止区域</translation>
    </message>
    <message>
        <source>found where declared</source>
        <translation>在申报位置找到</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>present, running</source>
        <translation>在位，运行中</translation>
    </message>
    <message>
        <source>present, not running</source>
        <translation>在位，未运行</translation>
    </message>
    <message>
        <source>%1 %2 seen</source>
        <translation>现场所见 %1 %2</translation>
    </message>
    <message>
        <source>outside every prohibited zone</source>
        <translation>不在任何禁止区域内</translation>
    </message>
    <message>
        <source>inside a prohibited zone</source>
        <translation>位于禁止区域内</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>returned for correction</source>
        <translation>已退回补正</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>permit issued</source>
        <translation>许可证已核发</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>尚未核查</translation>
    </message>
    <message>
        <source>Choose an application first.</source>
        <translation>请先选择一份申请。</translation>
    </message>
    <message>
        <source>Give the reason for the decision: the applicant reads it.</source>
        <translation>请填写决定理由：申请单位可见。</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>已记录：%1。</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
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
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
</context>
<context>
    <name>outfall::models::ChecklistModel</name>
    <message>
        <source>Unknown answer “%1”.</source>
        <translation>未知答案“%1”。</translation>
    </message>
</context>
<context>
    <name>outfall::models::ConsoleConnection</name>
    <message>
        <source>The server refused this credential (revoked, or issued by another server).</source>
        <translation>服务器拒绝了此凭证（已吊销，或由其他服务器签发）。</translation>
    </message>
    <message>
        <source>No answer from the server at %1.</source>
        <translation>服务器 %1 无应答。</translation>
    </message>
</context>
<context>
    <name>outfall::models::ConsoleFlagModel</name>
    <message>
        <source>Give a reason: it is kept with the decision.</source>
        <translation>请填写理由：理由随决定一并保存。</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>已确认。</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>已排除。</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
</context>
<context>
    <name>outfall::models::DeclarationCheckModel</name>
    <message>
        <source>Not checked yet</source>
        <translation>尚未核查</translation>
    </message>
    <message>
        <source>Not found on site</source>
        <translation>现场未找到</translation>
    </message>
    <message>
        <source>Found %1 m from where declared</source>
        <translation>在距申报位置 %1 米处找到</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Present and running</source>
        <translation>在位且运行中</translation>
    </message>
    <message>
        <source>Present, not running</source>
        <translation>在位，未运行</translation>
    </message>
    <message>
        <source>Above the declaration: %1</source>
        <translation>超过申报值：%1</translation>
    </message>
    <message>
        <source>Seen: %1</source>
        <translation>现场：%1</translation>
    </message>
    <message>
        <source>Outside every prohibited zone</source>
        <translation>不在任何禁止区域内</translation>
    </message>
    <message>
        <source>Inside a prohibited zone</source>
        <translation>位于禁止区域内</translation>
    </message>
    <message>
        <source>Declared outlet</source>
        <translation>申报排放口</translation>
    </message>
    <message>
        <source>Treatment facility</source>
        <translation>治理设施</translation>
    </message>
    <message>
        <source>Treatment facility (standby)</source>
        <translation>治理设施（备用）</translation>
    </message>
    <message>
        <source>Production capacity</source>
        <translation>生产能力</translation>
    </message>
    <message>
        <source>Prohibited zones</source>
        <translation>禁止区域</translation>
    </message>
    <message>
        <source>The site is outside drinking-water protection areas and other prohibited zones</source>
        <translation>厂址不在饮用水水源保护区及其他禁止区域内</translation>
    </message>
    <message>
        <source>No position fix yet: wait for the position before recording where the outlet is.</source>
        <translation>尚无定位：请等待定位后再记录排放口位置。</translation>
    </message>
</context>
<context>
    <name>outfall::models::DialogOpener</name>
    <message>
        <source>There is no dialog to open.</source>
        <translation>没有可打开的对话框。</translation>
    </message>
    <message>
        <source>%1 is not a dialog.</source>
        <translation>%1 不是对话框。</translation>
    </message>
    <message>
        <source>“%1” cannot open: the QML module %2 is not installed on this device (Debian package %3).</source>
        <translation>无法打开“%1”：本设备未安装 QML 模块 %2（Debian 软件包 %3）。</translation>
    </message>
    <message>
        <source>“%1” cannot open: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
</context>
<context>
    <name>outfall::models::DrawListModel</name>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>planned, not published</source>
        <translation>已规划，未发布</translation>
    </message>
    <message>
        <source>drawn, not planned</source>
        <translation>已抽取，未规划</translation>
    </message>
    <message>
        <source>by risk</source>
        <translation>按风险</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>等概率</translation>
    </message>
    <message>
        <source>The seed must be a whole number of 0 or more, or left empty.</source>
        <translation>随机种子须为不小于 0 的整数，或留空。</translation>
    </message>
    <message>
        <source>Drawn. Plan the routes, then publish them.</source>
        <translation>已抽取。请规划路线后发布。</translation>
    </message>
    <message>
        <source>Choose a draw first.</source>
        <translation>请先选择一次抽查。</translation>
    </message>
    <message>
        <source>Planned from %1, %2.</source>
        <translation>已从 %1, %2 出发规划。</translation>
    </message>
    <message>
        <source>Published. Each inspector&apos;s tablet gets its route at its next sync.</source>
        <translation>已发布。各执法人员的平板在下次同步时收到路线。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>The start must be a latitude from -90 to 90 and a longitude from -180 to 180, in degrees.</source>
        <translation>出发点须为 -90 至 90 的纬度和 -180 至 180 的经度（单位：度）。</translation>
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
    <message>
        <source>This is too large to be an enrolment code (%1 bytes; at most %2).</source>
        <translation>这不是注册码：内容过大（%1 字节，最多 %2 字节）。</translation>
    </message>
    <message>
        <source>The enrolment code has an unknown field “%1”.</source>
        <translation>注册码中有未知字段“%1”。</translation>
    </message>
    <message>
        <source>The enrolment token is too long (%1 characters, at most %2).</source>
        <translation>注册令牌过长（%1 个字符，最多 %2 个）。</translation>
    </message>
    <message>
        <source>The enrolment token has a character that cannot be in a token at position %1.</source>
        <translation>注册令牌第 %1 个字符不能出现在令牌中。</translation>
    </message>
</context>
<context>
    <name>outfall::models::EvidenceProofController</name>
    <message>
        <source>This tablet&apos;s signature verifies</source>
        <translation>本平板的签名验证通过</translation>
    </message>
    <message>
        <source>This tablet&apos;s signature does NOT verify</source>
        <translation>本平板的签名验证未通过</translation>
    </message>
    <message>
        <source>Not logged on the server yet: it is sent with the next sync</source>
        <translation>尚未记入服务器日志：将在下次同步时发送</translation>
    </message>
    <message>
        <source>The server&apos;s signature on this tree head verifies under the log key pinned at enrolment</source>
        <translation>服务器对该树头的签名在注册时固定的日志密钥下验证通过</translation>
    </message>
    <message>
        <source>The server&apos;s signature on this tree head does NOT verify under the pinned log key</source>
        <translation>服务器对该树头的签名在固定的日志密钥下验证未通过</translation>
    </message>
    <message>
        <source>Server signature not checked: this tablet was enrolled before the server&apos;s log key was pinned (enrol it again to check it)</source>
        <translation>未核验服务器签名：本平板注册时服务器日志密钥尚未固定（重新注册后即可核验）</translation>
    </message>
    <message numerus="yes">
        <source>The audit path (%n hash(es)) leads from this record to the root</source>
        <translation>
            <numerusform>审计路径（%n 个哈希）从本记录通向根哈希</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit path does NOT lead from this record to the root</source>
        <translation>审计路径不能从本记录通向根哈希</translation>
    </message>
</context>
<context>
    <name>outfall::models::EvidenceRecordListModel</name>
    <message>
        <source>No signed records yet.</source>
        <translation>尚无已签名记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n signed record(s): %1 logged on the server, %2 only on this tablet</source>
        <translation>
            <numerusform>%n 条已签名记录：%1 条已记入服务器日志，%2 条仅在本平板上</numerusform>
        </translation>
    </message>
    <message>
        <source>Submission of the inspection</source>
        <translation>检查提交</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>检查表答复</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Position fix</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Outlet check</source>
        <translation>排放口核查</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>检查组成员</translation>
    </message>
    <message>
        <source>Record of entity %1</source>
        <translation>实体 %1 的记录</translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation>%1（更正）</translation>
    </message>
    <message>
        <source>Logged on the server</source>
        <translation>已记入服务器日志</translation>
    </message>
    <message>
        <source>Signed on this tablet</source>
        <translation>已在本平板签名</translation>
    </message>
</context>
<context>
    <name>outfall::models::FindingListModel</name>
    <message>
        <source>Violation</source>
        <translation>违法</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
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
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Acknowledged by a supervisor</source>
        <translation>主管已确认</translation>
    </message>
    <message>
        <source>Dismissed by a supervisor</source>
        <translation>主管已驳回</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Provisional: found on this tablet, not yet judged by the server</source>
        <translation>初步结论：本设备发现，服务器尚未判定</translation>
    </message>
    <message>
        <source>The server&apos;s verdict</source>
        <translation>服务器判定</translation>
    </message>
    <message>
        <source>The flags could not be read: %1</source>
        <translation>无法读取问题标记：%1</translation>
    </message>
</context>
<context>
    <name>outfall::models::InspectionController</name>
    <message>
        <source>Choose a permit first.</source>
        <translation>请先选择许可证。</translation>
    </message>
    <message>
        <source>No position source: the arrival position cannot be recorded.</source>
        <translation>没有定位来源：无法记录到达位置。</translation>
    </message>
    <message>
        <source>No position fix yet. Wait in the open until the GPS has a fix.</source>
        <translation>尚未定位。请在开阔处等待 GPS 定位。</translation>
    </message>
    <message>
        <source>The position has no stated accuracy, so it cannot prove where you are.</source>
        <translation>该位置没有精度信息，无法证明您所在的位置。</translation>
    </message>
    <message>
        <source>The position is accurate to %1 m only; %2 m or better is needed. Wait for a better fix.</source>
        <translation>当前位置精度仅为 %1 米，需要 %2 米或更好。请等待更好的定位。</translation>
    </message>
    <message>
        <source>Not submitted. Still missing: %1.</source>
        <translation>未提交。仍缺少：%1。</translation>
    </message>
    <message>
        <source>checklist item %1</source>
        <translation>检查项 %1</translation>
    </message>
    <message>
        <source>the inspector&apos;s signature</source>
        <translation>检查人员签名</translation>
    </message>
    <message>
        <source>the representative&apos;s signature or refusal</source>
        <translation>企业代表签名或拒签记录</translation>
    </message>
    <message>
        <source>In progress: %1 of %2 answered</source>
        <translation>进行中：已答 %1/%2 项</translation>
    </message>
    <message>
        <source>Submitted, then corrected: both sign again</source>
        <translation>提交后已更正：双方须重新签名</translation>
    </message>
    <message>
        <source>Submitted %1; waiting to sync</source>
        <translation>已于 %1 提交；等待同步</translation>
    </message>
    <message>
        <source>Submitted %1; sent to the server</source>
        <translation>已于 %1 提交；已发送至服务器</translation>
    </message>
    <message>
        <source>No inspection is open.</source>
        <translation>未打开任何检查。</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>尚缺：%1。</translation>
    </message>
    <message>
        <source>a note or a photo for non-compliant item %1</source>
        <translation>不符合项 %1 的说明或照片</translation>
    </message>
    <message>
        <source>the signature of inspector %1</source>
        <translation>执法人员 %1 的签名</translation>
    </message>
    <message>
        <source>the production state seen on site</source>
        <translation>现场看到的生产状态</translation>
    </message>
    <message>
        <source>a second inspector holding an enforcement certificate</source>
        <translation>第二名持执法证的执法人员</translation>
    </message>
    <message numerus="yes">
        <source>Refused: the server refused %n record(s); open it to see why</source>
        <translation>
            <numerusform>被拒绝：服务器拒绝了 %n 条记录；打开查看原因</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned by the supervisor: %1</source>
        <translation>主管已退回：%1</translation>
    </message>
    <message>
        <source>Approved by the supervisor</source>
        <translation>主管已批准</translation>
    </message>
    <message>
        <source>Returned by the supervisor to be amended: %1. Amend the record, sign again and resubmit.</source>
        <translation>主管退回要求修改：%1。请修改记录、重新签名后再次提交。</translation>
    </message>
    <message>
        <source>Approved by the supervisor: the inspection is locked and cannot be changed.</source>
        <translation>主管已批准：本次检查已锁定，不能再修改。</translation>
    </message>
    <message>
        <source>Submitted: read only while it waits for the supervisor&apos;s review. If something must change, the supervisor returns it to you.</source>
        <translation>已提交：等待主管审核期间只读。如需修改，主管会退回给你。</translation>
    </message>
    <message>
        <source>Approved by the supervisor; nothing more to submit.</source>
        <translation>主管已批准；无需再提交。</translation>
    </message>
    <message>
        <source>Submitted %1. It waits for the supervisor&apos;s review.</source>
        <translation>已于 %1 提交，等待主管审核。</translation>
    </message>
</context>
<context>
    <name>outfall::models::InspectionTeamController</name>
    <message>
        <source>%1 · certificate %2</source>
        <translation>%1 · 执法证 %2</translation>
    </message>
    <message>
        <source>The law wants at least two inspectors holding enforcement certificates on an inspection (《环境行政处罚办法》). Add the second inspector before anyone signs.</source>
        <translation>依法检查须有两名以上持执法证的执法人员（《环境行政处罚办法》）。签名前请添加第二名执法人员。</translation>
    </message>
    <message>
        <source>Running, %1 % load</source>
        <translation>正常生产，负荷 %1%</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正常生产</translation>
    </message>
    <message>
        <source>Partial production, %1 % load</source>
        <translation>部分生产，负荷 %1%</translation>
    </message>
    <message>
        <source>Stopped (shut down)</source>
        <translation>停产</translation>
    </message>
    <message>
        <source>Choose the inspector to add.</source>
        <translation>请选择要添加的执法人员。</translation>
    </message>
    <message>
        <source>The load is a number of percent, such as 60.</source>
        <translation>负荷为百分数，例如 60。</translation>
    </message>
    <message>
        <source>Enter the load in percent that the representative states.</source>
        <translation>请填写企业代表所述的负荷百分比。</translation>
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
    <message>
        <source>north</source>
        <translation>北</translation>
    </message>
    <message>
        <source>northeast</source>
        <translation>东北</translation>
    </message>
    <message>
        <source>east</source>
        <translation>东</translation>
    </message>
    <message>
        <source>southeast</source>
        <translation>东南</translation>
    </message>
    <message>
        <source>south</source>
        <translation>南</translation>
    </message>
    <message>
        <source>southwest</source>
        <translation>西南</translation>
    </message>
    <message>
        <source>west</source>
        <translation>西</translation>
    </message>
    <message>
        <source>northwest</source>
        <translation>西北</translation>
    </message>
    <message>
        <source>Distance: waiting for a position fix</source>
        <translation>距离：等待定位</translation>
    </message>
    <message>
        <source>%1 away, bearing %2° (%3)</source>
        <translation>相距 %1，方位 %2°（%3）</translation>
    </message>
    <message>
        <source>Stack (air)</source>
        <translation>排气筒（废气）</translation>
    </message>
    <message>
        <source>Outfall (water)</source>
        <translation>排放口（废水）</translation>
    </message>
    <message>
        <source>Open flag</source>
        <translation>未处理的提示</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您的位置</translation>
    </message>
</context>
<context>
    <name>outfall::models::MeasurementForm</name>
    <message>
        <source>Type the measured value to see it against the limit.</source>
        <translation>输入实测值，即可与限值比较。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>O₂ “%1” is not a number.</source>
        <translation>含氧量“%1”不是数字。</translation>
    </message>
    <message>
        <source>%1 %2 at %3 % O₂ (measured %4 %2 at %5 % O₂)</source>
        <translation>折算至 %3 % O₂ 为 %1 %2（实测 %4 %2，含氧量 %5 %）</translation>
    </message>
    <message>
        <source>%1 %2, not corrected: enter O₂ to correct it to %3 % O₂</source>
        <translation>%1 %2，未折算：输入含氧量以折算至 %3 % O₂</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Limit %1–%2 %3</source>
        <translation>限值 %1–%2 %3</translation>
    </message>
    <message>
        <source>Limit ≤ %1 %2</source>
        <translation>限值 ≤ %1 %2</translation>
    </message>
    <message>
        <source>Limit ≥ %1 %2</source>
        <translation>限值 ≥ %1 %2</translation>
    </message>
    <message>
        <source>Outlet %1 has no concentration limit for %2: nothing to compare with.</source>
        <translation>排放口 %1 没有 %2 的浓度限值，无可比较。</translation>
    </message>
    <message>
        <source>Over the limit by %1 %</source>
        <translation>超标 %1 %</translation>
    </message>
    <message>
        <source>Within the limit (%1 % margin)</source>
        <translation>未超标（余量 %1 %）</translation>
    </message>
    <message>
        <source>Enter the measured value as a number.</source>
        <translation>请以数字输入实测值。</translation>
    </message>
    <message>
        <source>Enter O₂ as a number, or leave it empty.</source>
        <translation>请以数字输入含氧量，或留空。</translation>
    </message>
    <message>
        <source> · O₂ %1 %</source>
        <translation> · 含氧量 %1 %</translation>
    </message>
    <message>
        <source>This measurement was already corrected; correct the newer one.</source>
        <translation>这条监测数据已被更正；请更正较新的那条。</translation>
    </message>
    <message>
        <source>No measurement %1 in this inspection to correct.</source>
        <translation>本次检查中没有可更正的监测数据 %1。</translation>
    </message>
    <message>
        <source>no limit to compare with</source>
        <translation>无可比对的限值</translation>
    </message>
    <message>
        <source>over the limit by %1 %</source>
        <translation>超标 %1 %</translation>
    </message>
    <message>
        <source>within the limit</source>
        <translation>未超标</translation>
    </message>
</context>
<context>
    <name>outfall::models::OutletCheckController</name>
    <message>
        <source>Taking fixes: %1 of %2. Hold the tablet still at the outlet.</source>
        <translation>正在定位：第 %1 / %2 次。请在排放口处保持平板静止。</translation>
    </message>
    <message numerus="yes">
        <source>Averaged %n fix(es): accurate to %1 m</source>
        <translation>
            <numerusform>已平均 %n 次定位：精度 %1 米</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n too poor, left out)</source>
        <translation>
            <numerusform>（%n 次精度过差，已舍弃）</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 m from the permitted position of %2</source>
        <translation>；距 %2 的许可位置 %1 米</translation>
    </message>
    <message>
        <source>Refused: every fix was worse than the %1 m threshold (best %2 m). Move away from walls and roofs and try again.</source>
        <translation>已拒绝：所有定位均差于 %1 米阈值（最佳 %2 米）。请远离墙壁和屋顶后重试。</translation>
    </message>
    <message>
        <source>Take the fixes first.</source>
        <translation>请先定位。</translation>
    </message>
    <message>
        <source>Recorded %1: %2 m from the permitted position, accurate to %3 m.</source>
        <translation>已记录 %1：距许可位置 %2 米，精度 %3 米。</translation>
    </message>
    <message>
        <source>Recorded an undeclared outlet at %1, %2 (accurate to %3 m).</source>
        <translation>已记录位于 %1, %2 的未申报排放口（精度 %3 米）。</translation>
    </message>
    <message>
        <source>Finding: %1 m from the permitted position of %2, more than the %3 m allowed at this accuracy.</source>
        <translation>发现问题：距 %2 许可位置 %1 米，超出此精度下允许的 %3 米。</translation>
    </message>
    <message>
        <source>Outlet %1 (%2) is nearer: %3 m. Is that the outlet you are standing at?</source>
        <translation>排放口 %1（%2）更近：%3 米。您所在的是否为该排放口？</translation>
    </message>
    <message>
        <source>, spread %1 m</source>
        <translation>，离散 %1 米</translation>
    </message>
    <message>
        <source>Refused: the fixes moved or scattered over %1 m (2-sigma spread); %2 m is the most their accuracy allows. Stand still at the outlet and take them again.</source>
        <translation>已拒绝：各次定位移动或离散达 %1 米（2σ 离散半径）；按其精度最多允许 %2 米。请在排放口处站稳后重新定位。</translation>
    </message>
    <message>
        <source> Recorded as far from the site (%1 m).</source>
        <translation> 已记录为远离现场（%1 米）。</translation>
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
    <name>outfall::models::PermitDetailController</name>
    <message>
        <source>Before issuance</source>
        <translation>发证前</translation>
    </message>
    <message>
        <source>After issuance</source>
        <translation>证后</translation>
    </message>
    <message>
        <source>Start inspection</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <source>Continue inspection</source>
        <translation>继续检查</translation>
    </message>
</context>
<context>
    <name>outfall::models::PhotoController</name>
    <message>
        <source>%1, %2 ±%3 m</source>
        <translation>%1, %2 ±%3 米</translation>
    </message>
    <message>
        <source>No position fix</source>
        <translation>无定位</translation>
    </message>
    <message>
        <source>Inspector: %1</source>
        <translation>检查人员：%1</translation>
    </message>
    <message>
        <source>Permit: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <source>The photo was kept, but its display copy could not be made: %1</source>
        <translation>照片原件已保存，但无法生成显示副本：%1</translation>
    </message>
    <message>
        <source>The photo was kept, but its display copy could not be written.</source>
        <translation>照片原件已保存，但无法写入显示副本。</translation>
    </message>
    <message>
        <source>This device has no camera. Import an image file instead.</source>
        <translation>本设备没有相机。请改为导入图片文件。</translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation>相机故障：%1</translation>
    </message>
    <message>
        <source>Start the inspection first.</source>
        <translation>请先开始检查。</translation>
    </message>
    <message>
        <source>This photo was already replaced; replace the newer one.</source>
        <translation>这张照片已被替换；请替换较新的那张。</translation>
    </message>
    <message>
        <source>No photo %1 in this inspection to replace.</source>
        <translation>本次检查中没有可替换的照片 %1。</translation>
    </message>
    <message>
        <source>No position in the file</source>
        <translation>文件中无位置信息</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 ±%2 m (from the file)</source>
        <translation>%1 ±%2 米（取自文件）</translation>
    </message>
    <message>
        <source>%1 (from the file)</source>
        <translation>%1（取自文件）</translation>
    </message>
    <message>
        <source>Imported, time unknown</source>
        <translation>导入照片，拍摄时间不详</translation>
    </message>
    <message>
        <source>Imported, taken %1</source>
        <translation>导入照片，拍摄于 %1</translation>
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
    <message>
        <source>No position fix when it was taken</source>
        <translation>拍摄时无定位</translation>
    </message>
    <message>
        <source>%1, %2 ±%3 m</source>
        <translation>%1, %2 ±%3 米</translation>
    </message>
    <message>
        <source>Imported %1; time taken unknown</source>
        <translation>导入于 %1；拍摄时间不详</translation>
    </message>
    <message>
        <source>Imported %1; taken %2</source>
        <translation>导入于 %1；拍摄于 %2</translation>
    </message>
    <message>
        <source>No position in the file</source>
        <translation>文件中无位置信息</translation>
    </message>
    <message>
        <source>%1, %2 (from the file)</source>
        <translation>%1, %2（取自文件）</translation>
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
    <name>outfall::models::ReviewQueueModel</name>
    <message>
        <source>compliant</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>before issuance</source>
        <translation>发证前</translation>
    </message>
    <message>
        <source>after issuance</source>
        <translation>发证后</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>returned to the inspector</source>
        <translation>已退回执法人员</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>enterprise representative</source>
        <translation>企业代表</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Say what the inspector should amend before returning the inspection.</source>
        <translation>退回前请写明执法人员需要补正的内容。</translation>
    </message>
    <message>
        <source>Choose an inspection first.</source>
        <translation>请先选择一次检查。</translation>
    </message>
    <message>
        <source>Approved. The inspection is locked.</source>
        <translation>已通过。该检查已锁定。</translation>
    </message>
    <message>
        <source>Returned. The inspector&apos;s tablet gets the comment at its next sync.</source>
        <translation>已退回。执法人员的平板在下次同步时收到意见。</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
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
    <message>
        <source>Reported value</source>
        <translation>报告值</translation>
    </message>
    <message>
        <source>Permitted limit</source>
        <translation>许可限值</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>超过限值</translation>
    </message>
    <message>
        <source>Invalid data (not judged)</source>
        <translation>无效数据（不参与判定）</translation>
    </message>
    <message>
        <source>minimum %1 %2</source>
        <translation>下限 %1 %2</translation>
    </message>
    <message>
        <source>invalid data, not judged against the limit</source>
        <translation>无效数据，不与限值比较</translation>
    </message>
    <message>
        <source>valid, over the limit</source>
        <translation>有效，超过限值</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
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
    <name>outfall::models::SignatureController</name>
    <message>
        <source>Sign on the pad first.</source>
        <translation>请先在签名板上签名。</translation>
    </message>
    <message>
        <source>Enter the name of the person signing.</source>
        <translation>请输入签名人姓名。</translation>
    </message>
    <message>
        <source>Enter the name of the witness who saw the refusal.</source>
        <translation>请填写见证拒签的见证人姓名。</translation>
    </message>
    <message>
        <source>The witness signs on the pad first.</source>
        <translation>请见证人先在签名板上签名。</translation>
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
        <source>The server refused this tablet&apos;s key: the tablet was revoked or is not enrolled with this server.</source>
        <translation>服务器拒绝了本平板的密钥：本平板已被吊销，或未在此服务器注册。</translation>
    </message>
    <message>
        <source>Ask your supervisor to enrol this tablet again.</source>
        <translation>请主管重新为本平板注册。</translation>
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
    <message numerus="yes">
        <source>%n change(s) were refused by the server and are not on it. Latest: %1</source>
        <translation>
            <numerusform>有 %n 项记录被服务器拒收，未上传到服务器。最近一项：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) are larger than the server accepts (256 MiB) and stay on this tablet.</source>
        <translation>
            <numerusform>有 %n 张照片超过服务器允许的大小（256 MiB），将保留在本平板上。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outfall::models::TermNames</name>
    <message>
        <source>instantaneous</source>
        <translation>瞬时值</translation>
    </message>
    <message>
        <source>hourly mean</source>
        <translation>小时均值</translation>
    </message>
    <message>
        <source>daily mean</source>
        <translation>日均值</translation>
    </message>
    <message>
        <source>monthly mean</source>
        <translation>月均值</translation>
    </message>
    <message>
        <source>daily maximum</source>
        <translation>日最大值</translation>
    </message>
    <message>
        <source>annual</source>
        <translation>年排放量</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动监测</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手工监测</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>连续</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>twice a year</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>the atmosphere</source>
        <translation>大气环境</translation>
    </message>
    <message>
        <source>organised</source>
        <translation>有组织排放</translation>
    </message>
    <message>
        <source>continuous discharge</source>
        <translation>连续排放</translation>
    </message>
    <message>
        <source>intermittent discharge</source>
        <translation>间歇排放</translation>
    </message>
</context>
</TS>
