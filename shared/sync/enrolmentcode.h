#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace outfall::sync {

// What a supervisor hands an inspector to enrol a device (outfallctl enroll writes it as a
// file; the app also takes it pasted): a small JSON object
//   {"endpoint": "tcp://host:port", "server_public_key": "<40 Z85 characters>",
//    "token": "<one-time token>"}
// One parser for the device CLI and the app, so both refuse exactly the same things. A
// problem comes back as a kind with its details, and each caller words it in its own
// language (the CLI in English through Problem::english(), the app through tr()).
struct EnrolmentCode
{
    static constexpr qsizetype maxBytes = 64 * 1024;
    static constexpr qsizetype keyLength = 40; // Z85 of a 32-byte CurveZMQ public key
    static constexpr qsizetype minTokenLength = 16;
    static constexpr qsizetype maxTokenLength = 256;
    static constexpr qsizetype maxEndpointLength = 256;

    struct Problem
    {
        enum class Kind {
            Empty, // nothing but white space
            TooLarge, // more than maxBytes: number = the size
            NotJson, // detail = the parser's words, number = 1-based character
            NotObject,
            MissingField, // field
            NotText, // field
            UnknownField, // field
            BadEndpoint, // detail = the endpoint (quoted short)
            BadKeyLength, // number = its length
            BadKeyCharacter, // detail = the character, number = 1-based position
            TokenLength, // number = its length
            TokenCharacter, // number = 1-based position
        };
        Kind kind = Kind::Empty;
        QString field;
        QString detail;
        qint64 number = 0;

        QString english() const;
    };

    QString endpoint;
    QString serverPublicKey; // Z85 text
    QString token;

    // The code in `text`, or the first problem with it in `problem`.
    static std::optional<EnrolmentCode> parse(QByteArrayView text, Problem *problem);
    static bool isServerEndpoint(const QString &endpoint);
};

} // namespace outfall::sync
