#include "rules/flagterms.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace outfall::rules {

QString inputNameZh(const QString &nameEn)
{
    // Terms as HJ 608, HJ 75/76 and HJ 819 and the 排污许可 regulations word them.
    static const QHash<QString, QString> names {
        {u"absolute tolerance"_s, u"绝对允差"_s},
        {u"accuracy factor"_s, u"准确度系数"_s},
        {u"answer"_s, u"检查结论"_s},
        {u"as of"_s, u"评估日期"_s},
        {u"basis"_s, u"限值类型"_s},
        {u"days before expiry"_s, u"到期前天数"_s},
        {u"days late"_s, u"迟报天数"_s},
        {u"days without data"_s, u"无数据天数"_s},
        {u"description"_s, u"描述"_s},
        {u"due on"_s, u"应报日期"_s},
        {u"field value"_s, u"现场监测值"_s},
        {u"filed on"_s, u"提交日期"_s},
        {u"first hour"_s, u"起始小时"_s},
        {u"fix accuracy"_s, u"定位精度"_s},
        {u"fix position"_s, u"定位位置"_s},
        {u"fix samples"_s, u"定位读数次数"_s},
        {u"flat-line threshold"_s, u"恒值阈值"_s},
        {u"frequency"_s, u"监测频次"_s},
        {u"identical hours"_s, u"相同小时数"_s},
        {u"imported"_s, u"导入"_s},
        {u"inspection started"_s, u"检查开始"_s},
        {u"invalid days"_s, u"无效天数"_s},
        {u"item"_s, u"检查项"_s},
        {u"item severity"_s, u"检查项严重程度"_s},
        {u"last hour"_s, u"末尾小时"_s},
        {u"limit"_s, u"限值"_s},
        {u"maximum distance"_s, u"最大距离"_s},
        {u"measured at"_s, u"监测时间"_s},
        {u"medium"_s, u"排放介质"_s},
        {u"minimum distance"_s, u"最小距离"_s},
        {u"missing hours"_s, u"缺失小时数"_s},
        {u"month amount"_s, u"月排放量"_s},
        {u"nearest other outlet"_s, u"最近的其他排放口"_s},
        {u"nearest permitted outlet"_s, u"最近的许可排放口"_s},
        {u"nearest place"_s, u"最近位置"_s},
        {u"note"_s, u"备注"_s},
        {u"O2 measured"_s, u"实测氧含量"_s},
        {u"O2 reference"_s, u"基准氧含量"_s},
        {u"period"_s, u"时段"_s},
        {u"permitted annual amount"_s, u"许可年排放量"_s},
        {u"permitted position"_s, u"许可位置"_s},
        {u"position"_s, u"位置"_s},
        {u"production seen"_s, u"现场生产状况"_s},
        {u"recorded at"_s, u"记录时间"_s},
        {u"relative tolerance"_s, u"相对允差"_s},
        {u"renewal applied"_s, u"已申请延续"_s},
        {u"report kind"_s, u"报告类型"_s},
        {u"reported"_s, u"报送值"_s},
        {u"reported amount"_s, u"报送排放量"_s},
        {u"reported period"_s, u"报送时段"_s},
        {u"reported rows not shown"_s, u"未列出的报送记录"_s},
        {u"reported value"_s, u"报送值"_s},
        {u"reported values after expiry"_s, u"到期后的报送记录数"_s},
        {u"samples reported"_s, u"报送样品数"_s},
        {u"samples required"_s, u"应测样品数"_s},
        {u"shutdown days"_s, u"停运天数"_s},
        {u"shutdown hours"_s, u"停运小时数"_s},
        {u"taken at"_s, u"拍摄/记录时间"_s},
        {u"tolerance"_s, u"允差"_s},
        {u"valid days"_s, u"有效天数"_s},
        {u"valid days required"_s, u"应有有效天数"_s},
        {u"valid from"_s, u"有效期起"_s},
        {u"valid hours"_s, u"有效小时数"_s},
        {u"valid hours of the day"_s, u"当日有效小时数"_s},
        {u"valid to"_s, u"有效期止"_s},
        {u"value"_s, u"数值"_s},
        {u"warning pace ratio"_s, u"预警进度比"_s},
        // Before issuance (R15–R17).
        {u"declared outlet"_s, u"申报排放口"_s},
        {u"declared position"_s, u"申报位置"_s},
        {u"found on site"_s, u"现场是否可见"_s},
        {u"found at"_s, u"现场位置"_s},
        {u"facility"_s, u"治理设施"_s},
        {u"treats"_s, u"治理对象"_s},
        {u"expected state"_s, u"申报运行状态"_s},
        {u"running"_s, u"运行中"_s},
        {u"declared capacity"_s, u"申报产能"_s},
        {u"observed capacity"_s, u"现场产能"_s},
        // NPDES DMR (R3 for US permits): ECHO's own terms kept beside the Chinese.
        {u"DMR value"_s, u"DMR 报告值"_s},
        {u"stay value"_s, u"暂缓执行值"_s},
        {u"DMR value in standard units"_s, u"DMR 报告值（标准单位）"_s},
        {u"limit in standard units"_s, u"限值（标准单位）"_s},
        {u"percent beyond the limit"_s, u"超限百分比"_s},
        {u"percent as ECHO stores it"_s, u"ECHO 记录的百分比"_s},
        {u"ECHO exceedence_pct"_s, u"ECHO exceedence_pct（超标百分比）"_s},
        {u"ECHO violation codes"_s, u"ECHO 违规代码"_s},
    };
    return names.value(nameEn);
}

QString inputValueZh(const QString &nameEn, const QString &value)
{
    // The same words the app's TermNames and checklist use for them.
    static const QHash<QString, QHash<QString, QString>> values {
        {u"basis"_s,
            {{u"instant"_s, u"瞬时值"_s}, {u"hourly"_s, u"小时均值"_s}, {u"daily"_s, u"日均值"_s},
                {u"monthly"_s, u"月均值"_s}, {u"daily_max"_s, u"日最大值"_s},
                {u"annual"_s, u"年排放量"_s}}},
        {u"frequency"_s,
            {{u"continuous"_s, u"连续"_s}, {u"daily"_s, u"每日"_s}, {u"weekly"_s, u"每周"_s},
                {u"monthly"_s, u"每月"_s}, {u"quarterly"_s, u"每季度"_s},
                {u"semiannual"_s, u"每半年"_s}, {u"annual"_s, u"每年"_s}}},
        {u"report kind"_s,
            {{u"annual"_s, u"年度"_s}, {u"semiannual"_s, u"半年"_s}, {u"quarterly"_s, u"季度"_s},
                {u"monthly"_s, u"月度"_s}}},
        {u"medium"_s, {{u"water"_s, u"废水"_s}, {u"air"_s, u"废气"_s}}},
        {u"answer"_s,
            {{u"compliant"_s, u"合规"_s}, {u"non_compliant"_s, u"不合规"_s},
                {u"not_applicable"_s, u"不适用"_s}}},
        {u"item severity"_s,
            {{u"critical"_s, u"严重"_s}, {u"major"_s, u"重要"_s}, {u"minor"_s, u"一般"_s}}},
        {u"production seen"_s,
            {{u"running"_s, u"正常生产"_s}, {u"partial"_s, u"部分生产"_s},
                {u"stopped"_s, u"停产"_s}}},
        {u"renewal applied"_s, {{u"no"_s, u"否"_s}, {u"yes"_s, u"是"_s}}},
        {u"imported"_s,
            {{u"yes (position from the file's EXIF)"_s, u"是（位置取自文件的 EXIF）"_s}}},
    };
    return values.value(nameEn).value(value);
}

} // namespace outfall::rules
