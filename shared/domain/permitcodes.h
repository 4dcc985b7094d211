#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

#include <optional>

namespace outfall::domain {

// The code rules of DOMAIN.md: the unified social credit code (GB 32100-2015), the
// permit number (HJ 608-2017: USCC + 3-digit site sequence + 1 letter) and outlet codes
// (D + A/W + 3 digits). Each validator returns an empty string when the code is valid,
// otherwise a sentence that says what is wrong with it.
namespace PermitCodes {

// The 31 characters a USCC may use: digits and upper-case letters without I, O, S, V, Z.
inline constexpr QStringView kUsccAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

// GB 32100-2015 check character for the first 17 characters, or nullopt if one of them
// is outside the alphabet or the length is not 17.
std::optional<QChar> usccCheckCharacter(QStringView first17);

QString validateUscc(QStringView uscc);
QString validatePermitNumber(QStringView number);
// medium is "air" or "water"; an empty medium skips the medium/letter consistency check.
QString validateOutletCode(QStringView code, QStringView medium = {});

} // namespace PermitCodes

} // namespace outfall::domain
