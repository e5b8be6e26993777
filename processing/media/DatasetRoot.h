#pragma once

#include "lockstep_processing_export.h"

#include <QString>

namespace lockstep {

// The folder a dataset lives in, and the only place Lockstep reads media from. Every path that comes from
// a manifest goes through resolve(): relative paths are taken from the root, absolute paths are accepted
// only when they point inside it, and a path that leaves the root — by "..", by being absolute elsewhere,
// or through a symlink — is refused with a message that names it.
class LOCKSTEP_PROCESSING_EXPORT DatasetRoot {
public:
    struct Resolved {
        bool ok = false;
        QString relativePath;  // normalised, '/'-separated, relative to the root
        QString absolutePath;
        QString error;  // why it was refused
    };

    DatasetRoot() = default;
    explicit DatasetRoot(const QString& rootFolder);

    const QString& absolutePath() const { return m_root; }
    bool isValid() const { return !m_root.isEmpty(); }

    // Lexical check only (no file system access): fast enough for a million manifest rows.
    Resolved resolveLexically(const QString& path) const;
    // Lexical check plus, when the file exists, a check that its real location (symlinks followed) is inside
    // the root. Use before opening a file.
    Resolved resolve(const QString& path) const;

    QString relativeTo(const QString& absolutePath) const;

private:
    QString m_root;                      // absolute, clean, no trailing slash
    QString m_canonicalRoot;             // symlinks resolved
    qsizetype m_rootBytes = 0;           // QFile::encodeName(m_root).size()
    qsizetype m_canonicalRootBytes = 0;  // the same for m_canonicalRoot
};

}  // namespace lockstep
