#include "demo/namebank.h"

#include "demo/demorandom.h"

#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace outfall::demo {

NamePair NameBank::tradeName(DemoRandom &rng)
{
    static const QList<NamePair> names = {{u"恒信"_s, u"Hengxin"_s}, {u"华达"_s, u"Huada"_s},
        {u"鹏城"_s, u"Pengcheng"_s}, {u"南海"_s, u"Nanhai"_s}, {u"振华"_s, u"Zhenhua"_s},
        {u"安泰"_s, u"Antai"_s}, {u"永丰"_s, u"Yongfeng"_s}, {u"新源"_s, u"Xinyuan"_s},
        {u"宏达"_s, u"Hongda"_s}, {u"金辉"_s, u"Jinhui"_s}, {u"绿源"_s, u"Lvyuan"_s},
        {u"东江"_s, u"Dongjiang"_s}, {u"利民"_s, u"Limin"_s}, {u"嘉荣"_s, u"Jiarong"_s},
        {u"瑞丰"_s, u"Ruifeng"_s}, {u"长盛"_s, u"Changsheng"_s}, {u"海润"_s, u"Hairun"_s},
        {u"德胜"_s, u"Desheng"_s}, {u"天元"_s, u"Tianyuan"_s}, {u"明珠"_s, u"Mingzhu"_s},
        {u"信达"_s, u"Xinda"_s}, {u"宝丰"_s, u"Baofeng"_s}, {u"祥和"_s, u"Xianghe"_s},
        {u"富华"_s, u"Fuhua"_s}, {u"启航"_s, u"Qihang"_s}, {u"晨光"_s, u"Chenguang"_s},
        {u"盛世"_s, u"Shengshi"_s}, {u"华美"_s, u"Huamei"_s}, {u"正通"_s, u"Zhengtong"_s},
        {u"裕隆"_s, u"Yulong"_s}, {u"福安"_s, u"Fu'an"_s}, {u"百川"_s, u"Baichuan"_s},
        {u"凯达"_s, u"Kaida"_s}, {u"立新"_s, u"Lixin"_s}, {u"锦程"_s, u"Jincheng"_s},
        {u"大洋"_s, u"Dayang"_s}, {u"志远"_s, u"Zhiyuan"_s}, {u"兴隆"_s, u"Xinglong"_s},
        {u"粤丰"_s, u"Yuefeng"_s}, {u"创源"_s, u"Chuangyuan"_s}};
    return rng.pick(names);
}

QString NameBank::personName(DemoRandom &rng)
{
    static const QStringList surnames = {u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s,
        u"黄"_s, u"赵"_s, u"吴"_s, u"周"_s, u"徐"_s, u"孙"_s, u"马"_s, u"朱"_s, u"胡"_s, u"郭"_s,
        u"何"_s, u"林"_s, u"罗"_s, u"高"_s, u"梁"_s, u"郑"_s, u"谢"_s, u"宋"_s, u"唐"_s, u"许"_s,
        u"邓"_s, u"冯"_s, u"韩"_s, u"曹"_s};
    static const QStringList givenNames = {u"伟"_s, u"芳"_s, u"敏"_s, u"静"_s, u"丽"_s, u"强"_s,
        u"磊"_s, u"军"_s, u"洋"_s, u"勇"_s, u"艳"_s, u"杰"_s, u"娟"_s, u"涛"_s, u"明"_s, u"超"_s,
        u"华"_s, u"平"_s, u"刚"_s, u"辉"_s, u"建华"_s, u"志强"_s, u"海燕"_s, u"晓东"_s, u"国庆"_s,
        u"文军"_s, u"秀英"_s, u"丽娟"_s, u"永红"_s, u"建国"_s, u"俊杰"_s, u"嘉欣"_s, u"子涵"_s,
        u"家豪"_s, u"宇航"_s, u"伟民"_s};
    return rng.pick(surnames) + rng.pick(givenNames);
}

} // namespace outfall::demo
