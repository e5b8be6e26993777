#pragma once

#include <QTranslator>

namespace lockstep {

// English plural forms for the source texts. Messages with a count are written the Qt way, "%n sample(s)";
// with no translation loaded (English, or a language Lockstep is not translated into) this translator turns
// them into "1 sample" / "2 samples". Other messages are left to the next translator or the source text.
class EnglishPlurals final : public QTranslator {
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    // "%n sample(s)" with n = 1 -> "%n sample"; otherwise "%n samples". Texts without "(s)": empty.
    static QString resolve(const QString& sourceText, int n);
};

}  // namespace lockstep
