// Fuzzes the enrolment file reader (outfall-device enroll FILE; the app's First-run page
// parses the same code). Whatever it accepts has a tcp endpoint, a 40-character Z85 key
// and a token of printable ASCII; whatever it refuses has a sentence that says why.
#include "fuzzsupport.h"
#include "sync/enrolment.h"

#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace outfall::sync;
    const QString path = fuzzsupport::scratchFile(fuzzsupport::bytes(data, size), ".json");
    try {
        const EnrolmentCode code = Enrolment::readFile(path);
        if (!EnrolmentCode::isServerEndpoint(code.endpoint)
            || code.serverPublicKey.size() != EnrolmentCode::keyLength || code.token.isEmpty())
            std::abort();
    } catch (const std::runtime_error &e) {
        if (std::strlen(e.what()) == 0 || std::strlen(e.what()) > 1024)
            std::abort(); // a refusal says why, briefly, whatever the input
    }
    return 0;
}
