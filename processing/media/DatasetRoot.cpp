#include "media/DatasetRoot.h"

#include <sys/stat.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lockstep {

namespace {

bool isInside(const QString& root, const QString& path)
{
    if (path == root)
        return true;
    if (root == QLatin1String("/"))
        return path.startsWith(QLatin1Char('/'));
    return path.startsWith(root) && path.size() > root.size() && path.at(root.size()) == QLatin1Char('/');
}

// True when a relative path may hold "." or ".." segments, doubled or trailing slashes: only those need
// QDir::cleanPath, which is the slow part of resolving a million manifest paths.
bool needsCleaning(const QString& p)
{
    if (p.startsWith(QLatin1Char('.')) || p.endsWith(QLatin1Char('/')) || p.endsWith(QLatin1String("/.")) ||
        p.endsWith(QLatin1String("/..")))
        return true;
    return p.contains(QLatin1String("//")) || p.contains(QLatin1String("/./")) || p.contains(QLatin1String("/../"));
}

// Whether a component of `absolutePath` after its first `baseBytes` bytes (the root's encoded name) is a symbolic
// link: one lstat per component, where following every link of the whole path (realpath) costs a readlink per
// component from "/" down. A component that does not exist ends the walk: there is nothing to follow, and
// opening the file fails.
bool hasLinkBelow(const QString& absolutePath, qsizetype baseBytes)
{
    QByteArray path = QFile::encodeName(absolutePath);
    char* const bytes = path.data();
    const qsizetype size = path.size();
    for (qsizetype i = baseBytes + 1; i <= size; ++i) {
        if (i < size && bytes[i] != '/')
            continue;
        const char saved = bytes[i];
        bytes[i] = '\0';
        struct stat st {};
        const bool exists = ::lstat(bytes, &st) == 0;
        bytes[i] = saved;
        if (!exists)
            return false;
        if (S_ISLNK(st.st_mode))
            return true;
    }
    return false;
}

}  // namespace

DatasetRoot::DatasetRoot(const QString& rootFolder)
{
    m_root = QDir::cleanPath(QFileInfo(rootFolder).absoluteFilePath());
    const QString canonical = QFileInfo(m_root).canonicalFilePath();
    m_canonicalRoot = canonical.isEmpty() ? m_root : canonical;
    m_rootBytes = QFile::encodeName(m_root).size();
    m_canonicalRootBytes = QFile::encodeName(m_canonicalRoot).size();
}

DatasetRoot::Resolved DatasetRoot::resolveLexically(const QString& path) const
{
    Resolved r;
    QString p = path.trimmed();
    if (p.contains(QLatin1Char('\\')))
        p.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (p.isEmpty()) {
        r.error = QStringLiteral("empty path");
        return r;
    }
    if (p.contains(QChar(0))) {
        r.error = QStringLiteral("path contains a NUL character");
        return r;
    }
    const bool absolute = p.startsWith(QLatin1Char('/'));
    if (!absolute && !needsCleaning(p)) {
        r.ok = true;
        r.relativePath = p;
        r.absolutePath = m_root + QLatin1Char('/') + p;
        return r;
    }
    const QString joined = absolute ? QDir::cleanPath(p) : QDir::cleanPath(m_root + QLatin1Char('/') + p);
    if (!isInside(m_root, joined) && !isInside(m_canonicalRoot, joined)) {
        r.error = QStringLiteral("path '%1' leaves the dataset folder; it was not followed").arg(path);
        return r;
    }
    const QString& base = isInside(m_root, joined) ? m_root : m_canonicalRoot;
    r.ok = true;
    r.absolutePath = joined;
    r.relativePath = joined.size() > base.size() ? joined.mid(base.size() + 1) : QString();
    return r;
}

DatasetRoot::Resolved DatasetRoot::resolve(const QString& path) const
{
    Resolved r = resolveLexically(path);
    if (!r.ok)
        return r;
    // The root's own links were resolved once (m_canonicalRoot); below it, a path without links stays inside.
    const qsizetype baseBytes = isInside(m_root, r.absolutePath) ? m_rootBytes : m_canonicalRootBytes;
    if (!hasLinkBelow(r.absolutePath, baseBytes))
        return r;
    const QString canonical = QFileInfo(r.absolutePath).canonicalFilePath();
    if (!canonical.isEmpty() && !isInside(m_canonicalRoot, canonical)) {
        r.ok = false;
        r.error = QStringLiteral("'%1' is a link to '%2', outside the dataset folder; it was not followed")
                      .arg(r.relativePath, canonical);
    }
    return r;
}

QString DatasetRoot::relativeTo(const QString& absolutePath) const
{
    const QString clean = QDir::cleanPath(absolutePath);
    if (isInside(m_root, clean))
        return clean.mid(m_root.size() + 1);
    if (isInside(m_canonicalRoot, clean))
        return clean.mid(m_canonicalRoot.size() + 1);
    return clean;
}

}  // namespace lockstep
