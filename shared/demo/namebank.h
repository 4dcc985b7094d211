#pragma once

#include <QString>

namespace outfall::demo {

class DemoRandom;

struct NamePair
{
    QString zh;
    QString en;
};

// Invented trade names (with their pinyin) and Chinese personal names. Invented so that
// no demo enterprise is mistaken for a real one.
class NameBank
{
public:
    static NamePair tradeName(DemoRandom &rng);
    static QString personName(DemoRandom &rng);
};

} // namespace outfall::demo
