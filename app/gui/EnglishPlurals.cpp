#include "EnglishPlurals.h"

namespace lockstep {

QString EnglishPlurals::translate(const char* context, const char* sourceText, const char* disambiguation, int n) const
{
    Q_UNUSED(context);
    Q_UNUSED(disambiguation);
    if (n < 0 || !sourceText)
        return {};
    return resolve(QString::fromUtf8(sourceText), n);
}

QString EnglishPlurals::resolve(const QString& sourceText, int n)
{
    const QLatin1String marker("(s)");
    if (!sourceText.contains(marker))
        return {};
    QString text = sourceText;
    text.replace(marker, n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

}  // namespace lockstep
