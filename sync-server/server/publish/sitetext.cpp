#include "server/publish/sitetext.h"

#include "domain/pollutant.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace outfall::server::publish {

namespace {

struct Pair
{
    QString zh;
    QString en;
    QString in(Lang lang) const { return lang == Lang::Zh ? zh : en; }
};

const QHash<Text, Pair> &catalogue()
{
    static const QHash<Text, Pair> table = {
        {Text::SiteTitle, {u"排污许可信息公开"_s, u"Pollutant Discharge Permit Disclosure"_s}},
        {Text::SiteSubtitle,
            {u"“双随机、一公开”：持证单位许可内容、执法检查结果与随机抽查"_s,
                u"“Double random, one public”: permit content, inspection results and random "
                u"draws"_s}},
        {Text::Home, {u"持证单位"_s, u"Permit holders"_s}},
        {Text::Draws, {u"随机抽查"_s, u"Random draws"_s}},
        {Text::OtherLanguage, {u"English"_s, u"中文"_s}},
        {Text::OtherLanguageName, {u"en"_s, u"zh-CN"_s}},
        {Text::AsOf, {u"数据截至"_s, u"Data as of"_s}},
        {Text::Search, {u"检索"_s, u"Search"_s}},
        {Text::SearchPlaceholder,
            {u"单位名称、许可证编号、行业或区域"_s,
                u"Name, permit number, industry or district"_s}},
        {Text::NoMatch, {u"没有符合条件的单位。"_s, u"No permit holder matches."_s}},
        {Text::EnterpriseCount, {u"共 %1 张排污许可证"_s, u"%1 discharge permits"_s}},
        {Text::Enterprise, {u"单位名称"_s, u"Permit holder"_s}},
        {Text::PermitNumber, {u"许可证编号"_s, u"Permit number"_s}},
        {Text::Industry, {u"行业类别"_s, u"Industry"_s}},
        {Text::Region, {u"所在区"_s, u"District"_s}},
        {Text::Validity, {u"有效期限"_s, u"Valid"_s}},
        {Text::ValidityStatus, {u"状态"_s, u"Status"_s}},
        {Text::Valid, {u"有效"_s, u"in force"_s}},
        {Text::Expired, {u"已过期"_s, u"expired"_s}},
        {Text::NotYetValid, {u"尚未生效"_s, u"not yet in force"_s}},
        {Text::Inspections, {u"检查次数"_s, u"Inspections"_s}},
        {Text::PermitSection, {u"许可证基本信息"_s, u"Permit"_s}},
        {Text::Holder, {u"排污单位"_s, u"Permit holder"_s}},
        {Text::Uscc, {u"统一社会信用代码"_s, u"Unified social credit code"_s}},
        {Text::Address, {u"生产经营场所地址"_s, u"Site address"_s}},
        {Text::IssuedOn, {u"发证日期"_s, u"Issued on"_s}},
        {Text::Authority, {u"发证机关"_s, u"Issuing authority"_s}},
        {Text::Management, {u"管理类别"_s, u"Management class"_s}},
        {Text::Revision, {u"版本"_s, u"Revision"_s}},
        {Text::Capacity, {u"主要产品及产能"_s, u"Main products and capacity"_s}},
        {Text::ReportSchedule, {u"执行报告"_s, u"Execution reports"_s}},
        {Text::OutletsSection, {u"排放口"_s, u"Outlets"_s}},
        {Text::OutletCode, {u"编号"_s, u"Code"_s}},
        {Text::OutletName, {u"名称"_s, u"Name"_s}},
        {Text::Medium, {u"类别"_s, u"Medium"_s}},
        {Text::Category, {u"排放口类型"_s, u"Type"_s}},
        {Text::Position, {u"经纬度"_s, u"Position"_s}},
        {Text::Height, {u"高度 (m)"_s, u"Height (m)"_s}},
        {Text::DischargeMethod, {u"排放方式"_s, u"Discharge method"_s}},
        {Text::Destination, {u"排放去向"_s, u"Destination"_s}},
        {Text::StandardsSection, {u"执行标准"_s, u"Standards applied"_s}},
        {Text::LimitsSection, {u"许可排放限值"_s, u"Permitted emission limits"_s}},
        {Text::Pollutant, {u"污染物"_s, u"Pollutant"_s}},
        {Text::Limit, {u"浓度限值"_s, u"Concentration limit"_s}},
        {Text::Unit, {u"单位"_s, u"Unit"_s}},
        {Text::Basis, {u"限值类型"_s, u"Basis"_s}},
        {Text::ReferenceO2, {u"基准氧含量"_s, u"Reference O₂"_s}},
        {Text::RateLimit, {u"速率限值 (kg/h)"_s, u"Rate limit (kg/h)"_s}},
        {Text::AnnualAmount, {u"年许可排放量 (t/a)"_s, u"Annual permitted amount (t/a)"_s}},
        {Text::Standard, {u"执行标准"_s, u"Standard"_s}},
        {Text::MonitoringSection, {u"自行监测要求"_s, u"Self-monitoring requirements"_s}},
        {Text::Mode, {u"监测方式"_s, u"Mode"_s}},
        {Text::Frequency, {u"监测频次"_s, u"Frequency"_s}},
        {Text::Method, {u"监测方法"_s, u"Method standard"_s}},
        {Text::MapSection, {u"排放口位置"_s, u"Outlet positions"_s}},
        {Text::MapNote,
            {u"按许可证所载经纬度绘制，示意图，非测绘成果。"_s,
                u"Drawn from the coordinates in the permit; a sketch, not a survey."_s}},
        {Text::Site, {u"厂址"_s, u"Site"_s}},
        {Text::InspectionsSection, {u"执法检查结果"_s, u"Inspection results"_s}},
        {Text::InspectionsNote,
            {u"仅公开经审核的检查结果。"_s, u"Only reviewed inspection results are published."_s}},
        {Text::NoInspections, {u"暂无经审核的检查结果。"_s, u"No reviewed inspection yet."_s}},
        {Text::Date, {u"日期"_s, u"Date"_s}},
        {Text::Phase, {u"检查类型"_s, u"Kind"_s}},
        {Text::Outcome, {u"检查结果"_s, u"Outcome"_s}},
        {Text::InspectedBy, {u"检查机关"_s, u"Inspected by"_s}},
        {Text::InspectingBody, {u"生态环境局"_s, u"the Ecology and Environment Bureau"_s}},
        {Text::NoFindings,
            {u"检查 %1 项，未发现问题"_s, u"%1 items checked, no non-compliance found"_s}},
        {Text::FindingsCount,
            {u"检查 %1 项，发现问题 %2 项："_s, u"%1 items checked, %2 non-compliant:"_s}},
        {Text::DrawsTitle, {u"随机抽查结果公开"_s, u"Published random draws"_s}},
        {Text::DrawsIntro,
            {u"检查对象由随机抽取产生。公开随机种子、抽取规则、备选名单和抽取结果，任何人可复现抽取过程。"_s,
                u"Which enterprises are inspected is drawn at random. The seed, the rules, the "
                u"candidate pool and the result are published so that anyone can repeat the "
                u"draw."_s}},
        {Text::NoDraws, {u"暂无已公开的随机抽查。"_s, u"No random draw has been published yet."_s}},
        {Text::DrawId, {u"抽查编号"_s, u"Draw"_s}},
        {Text::Seed, {u"随机种子"_s, u"Seed"_s}},
        {Text::PublishedAt, {u"公开时间 (UTC)"_s, u"Published (UTC)"_s}},
        {Text::Rules, {u"抽取规则"_s, u"Rules"_s}},
        {Text::PoolSize, {u"备选单位数"_s, u"Candidates"_s}},
        {Text::Drawn, {u"抽中单位"_s, u"Drawn"_s}},
        {Text::Pool, {u"备选名单"_s, u"Candidate pool"_s}},
        {Text::LegalBasis,
            {u"依据《排污许可管理条例》信息公开规定公开。"_s,
                u"Published under the disclosure provisions of the Regulations on the "
                u"Administration of Pollutant Discharge Permits."_s}},
        {Text::Footer,
            {u"本站为静态页面，由 Outfall 根据排污许可数据生成。"_s,
                u"A static site generated by Outfall from the permit register."_s}},
        {Text::NoLimits, {u"无"_s, u"none"_s}},
        {Text::NoMonitoring, {u"无"_s, u"none"_s}},
    };
    return table;
}

} // namespace

QString text(Text key, Lang lang)
{
    return catalogue().value(key).in(lang);
}

QString industryName(const QString &code, Lang lang)
{
    // GB/T 4754-2017 classes the demo district and the permits so far hold; another code is
    // shown as the code.
    static const QHash<QString, Pair> names = {
        {u"1713"_s, {u"棉印染精加工"_s, u"Cotton printing and dyeing"_s}},
        {u"2211"_s, {u"木竹浆制造"_s, u"Wood and bamboo pulp"_s}},
        {u"2221"_s, {u"机制纸及纸板制造"_s, u"Machine-made paper and board"_s}},
        {u"2222"_s, {u"手工纸制造"_s, u"Handmade paper"_s}},
        {u"3360"_s, {u"金属表面处理及热处理加工"_s, u"Metal surface treatment (electroplating)"_s}},
        {u"3982"_s, {u"电子电路制造"_s, u"Printed circuit boards"_s}},
        {u"4411"_s, {u"火力发电"_s, u"Thermal power"_s}},
        {u"4620"_s, {u"污水处理及其再生利用"_s, u"Sewage treatment"_s}},
    };
    const auto it = names.constFind(code);
    return it == names.cend() ? code : it->in(lang) + u" ("_s + code + u')';
}

QString regionName(const QString &code, Lang lang)
{
    static const QHash<QString, Pair> names = {
        {u"440303"_s, {u"罗湖区"_s, u"Luohu"_s}},
        {u"440304"_s, {u"福田区"_s, u"Futian"_s}},
        {u"440305"_s, {u"南山区"_s, u"Nanshan"_s}},
        {u"440306"_s, {u"宝安区"_s, u"Bao'an"_s}},
        {u"440307"_s, {u"龙岗区"_s, u"Longgang"_s}},
        {u"440308"_s, {u"盐田区"_s, u"Yantian"_s}},
        {u"440309"_s, {u"龙华区"_s, u"Longhua"_s}},
        {u"440310"_s, {u"坪山区"_s, u"Pingshan"_s}},
        {u"440311"_s, {u"光明区"_s, u"Guangming"_s}},
    };
    const auto it = names.constFind(code);
    return it == names.cend() ? code : it->in(lang);
}

QString pollutantName(const QString &code, Lang lang)
{
    const domain::Pollutant *pollutant = domain::Pollutant::find(code);
    if (!pollutant)
        return code;
    return lang == Lang::Zh ? pollutant->nameZh : pollutant->nameEn;
}

QString enumName(const QString &value, Lang lang)
{
    static const QHash<QString, Pair> names = {
        // emission_limit.basis
        {u"instant"_s, {u"瞬时值"_s, u"instantaneous"_s}},
        {u"hourly"_s, {u"小时均值"_s, u"hourly mean"_s}},
        {u"daily"_s, {u"日均值"_s, u"daily mean"_s}},
        {u"monthly"_s, {u"月均值"_s, u"monthly mean"_s}},
        {u"daily_max"_s, {u"日最大值"_s, u"daily maximum"_s}},
        {u"annual"_s, {u"年许可量"_s, u"annual amount"_s}},
        // monitoring_requirement.mode
        {u"automatic"_s, {u"自动监测"_s, u"automatic (CEMS)"_s}},
        {u"manual"_s, {u"手工监测"_s, u"manual"_s}},
        // outlet.medium and category
        {u"air"_s, {u"废气"_s, u"air"_s}},
        {u"water"_s, {u"废水"_s, u"water"_s}},
        {u"main"_s, {u"主要排放口"_s, u"main"_s}},
        {u"general"_s, {u"一般排放口"_s, u"general"_s}},
        // outlet.discharge_method
        {u"organised"_s, {u"有组织排放"_s, u"organised"_s}},
        {u"continuous"_s, {u"连续排放"_s, u"continuous"_s}},
        {u"intermittent"_s, {u"间歇排放"_s, u"intermittent"_s}},
        {u"direct"_s, {u"直接排放"_s, u"direct"_s}},
        {u"indirect"_s, {u"间接排放"_s, u"indirect"_s}},
        // permit.management
        {u"key"_s, {u"重点管理"_s, u"key"_s}},
        {u"simplified"_s, {u"简化管理"_s, u"simplified"_s}},
        {u"registration"_s, {u"登记管理"_s, u"registration"_s}},
        // inspection.phase
        {u"pre_issuance"_s, {u"核发前现场核查"_s, u"before issuance"_s}},
        {u"post_issuance"_s, {u"证后执法检查"_s, u"after issuance"_s}},
    };
    // Frequencies and report kinds share words with bases ("monthly" mean, "monthly"
    // report): they have functions of their own below.
    const auto it = names.constFind(value);
    return it == names.cend() ? value : it->in(lang);
}

QString frequencyName(const QString &frequency, Lang lang)
{
    static const QHash<QString, Pair> names = {
        {u"continuous"_s, {u"自动连续监测"_s, u"continuous"_s}},
        {u"daily"_s, {u"1次/日"_s, u"once a day"_s}},
        {u"weekly"_s, {u"1次/周"_s, u"once a week"_s}},
        {u"monthly"_s, {u"1次/月"_s, u"once a month"_s}},
        {u"quarterly"_s, {u"1次/季度"_s, u"once a quarter"_s}},
        {u"semiannual"_s, {u"1次/半年"_s, u"once every six months"_s}},
        {u"annual"_s, {u"1次/年"_s, u"once a year"_s}},
    };
    const auto it = names.constFind(frequency);
    return it == names.cend() ? frequency : it->in(lang);
}

QString reportKindName(const QString &kind, Lang lang)
{
    static const QHash<QString, Pair> names = {
        {u"annual"_s, {u"年度报告"_s, u"annual"_s}},
        {u"semiannual"_s, {u"半年报告"_s, u"semiannual"_s}},
        {u"quarterly"_s, {u"季度报告"_s, u"quarterly"_s}},
        {u"monthly"_s, {u"月度报告"_s, u"monthly"_s}},
    };
    const auto it = names.constFind(kind);
    return it == names.cend() ? kind : it->in(lang);
}

QString destinationName(const QString &destination, Lang lang)
{
    if (destination == u"atmosphere")
        return lang == Lang::Zh ? u"大气"_s : u"atmosphere"_s;
    return destination;
}

QString pageFile(const QString &base, Lang lang)
{
    return base + (lang == Lang::Zh ? u".html"_s : u".en.html"_s);
}

} // namespace outfall::server::publish
