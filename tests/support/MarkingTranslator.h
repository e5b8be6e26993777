#pragma once

#include <QByteArrayList>
#include <QString>
#include <QTranslator>

// Answers every source text of the given contexts as «source», the way a loaded .qm answers with its own words:
// a test sees which words went through tr() and which were carried over from the stored English.
class MarkingTranslator : public QTranslator {
public:
    explicit MarkingTranslator(QByteArrayList contexts) : m_contexts(std::move(contexts)) {}

    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!m_contexts.contains(QByteArray(context)))
            return {};
        return QStringLiteral("\u00ab") + QString::fromUtf8(source) + QStringLiteral("\u00bb");
    }
    bool isEmpty() const override { return false; }

private:
    QByteArrayList m_contexts;
};
