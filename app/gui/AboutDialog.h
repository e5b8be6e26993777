#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace lockstep {

// Help > About: the version of Lockstep and of the libraries it runs on.
class AboutDialog {
    Q_DECLARE_TR_FUNCTIONS(lockstep::AboutDialog)
public:
    static QString text();             // rich text
    static QString libraryVersions();  // "Qt 6.4.2, SQLite 3.40.1, ..." (plain text)
    static void show(QWidget* parent);
};

}  // namespace lockstep
