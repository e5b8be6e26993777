#pragma once

#include <QHash>
#include <QString>
#include <QTranslator>

// A few entries of a translation, the way a loaded .qm answers: each keyed "context|source", and every other
// source text untranslated.
class EntryTranslator : public QTranslator {
public:
    explicit EntryTranslator(QHash<QString, QString> entries) : m_entries(std::move(entries)) {}

    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return m_entries.value(QString::fromUtf8(context) + QLatin1Char('|') + QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }

private:
    QHash<QString, QString> m_entries;
};
