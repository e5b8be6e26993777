#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace lockstep {

// The engine's import diagnostics, file and project errors and decoder errors in the user's language, at
// display time. The engine writes English (into the project file's diagnostics, the CLI's output and its
// result structs); this class knows each of its sentences, reads the names and numbers back out of the
// English and writes them into the translated sentence. A part that is itself one of the engine's phrases
// (the reason in "malformed timing line ...: start time: expected a time ...", the decoder error after
// "cannot open video 'x': ...") is translated the same way. Without a translator, or for a sentence not
// known here (a newer engine's, a library's own error text), the result is the English as it is.
class EngineMessageText {
    Q_DECLARE_TR_FUNCTIONS(lockstep::EngineMessageText)
public:
    static QString message(const QString& english);
    // The translation, or nothing when no sentence here reads as the English.
    static std::optional<QString> translated(const QString& english);
    // Every English sentence known here, with %1, %2 ... where the engine puts a name or a number.
    static QStringList sentences();
};

}  // namespace lockstep
