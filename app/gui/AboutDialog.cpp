#include "AboutDialog.h"

#include "imaging/ImagingBackend.h"
#include "imaging/ImagingModule.h"

#include <sndfile.h>
#include <sqlite3.h>
#include <QMessageBox>
#include <QStringList>

#ifndef LOCKSTEP_VERSION
#define LOCKSTEP_VERSION "0.0.0"
#endif

namespace lockstep {

QString AboutDialog::libraryVersions()
{
    QStringList parts;
    parts << QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()));
    parts << QStringLiteral("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion()));
    parts << QString::fromLatin1(sf_version_string());
    // OpenCV runs inside the imaging module; asking it loads the module (the About box is not on a hot path).
    QString error;
    if (const ImagingBackend* imaging = ImagingModule::backend(&error))
        parts << imaging->libraryVersion();
    else
        parts << tr("OpenCV (the imaging module is missing)");
    return parts.join(QStringLiteral(", "));
}

QString AboutDialog::text()
{
    return tr("<h2>Lockstep %1</h2>"
              "<p>Curate multimodal machine-learning datasets: images, text, audio, video frames and sensor "
              "streams that belong together.</p>"
              "<p>The dataset folder is never modified; every decision lives in a project file.</p>"
              "<p><small>Built on %2.</small></p>")
        .arg(QStringLiteral(LOCKSTEP_VERSION), libraryVersions().toHtmlEscaped());
}

void AboutDialog::show(QWidget* parent)
{
    QMessageBox::about(parent, tr("About Lockstep"), text());
}

}  // namespace lockstep
