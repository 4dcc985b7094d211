// Fuzzes the NMEA 0183 reading the app's position replay uses (Qt's QNmeaPositionInfoSource,
// fed a log with `outfall --nmea FILE`): each line of the input is parsed as one sentence.
// A position it reports must be a real place.
#include "fuzzsupport.h"

#include <QGeoPositionInfo>
#include <QNmeaPositionInfoSource>

namespace {

class SentenceParser : public QNmeaPositionInfoSource
{
public:
    SentenceParser()
        : QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode)
    { }
    bool parse(const QByteArray &sentence, QGeoPositionInfo *info, bool *hasFix)
    {
        return parsePosInfoFromNmeaData(sentence.constData(), int(sentence.size()), info, hasFix);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static SentenceParser parser;
    const QByteArray input = fuzzsupport::bytes(data, size);
    for (const QByteArray &line : input.split('\n')) {
        QGeoPositionInfo info;
        bool hasFix = false;
        if (parser.parse(line, &info, &hasFix) && hasFix && info.coordinate().isValid()) {
            const double lat = info.coordinate().latitude();
            const double lon = info.coordinate().longitude();
            if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180))
                std::abort();
        }
    }
    return 0;
}
