"""Loading translations: ours from translations/, Qt's own so standard dialogs speak French.

In English the sources are the text, except for their plural forms: cmplanner_en.qm turns
"%n post(s)" into "1 post" and "2 posts"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
SUPPORTED = ("fr", "en")
_installed: list[QTranslator] = []  # the catalogues of the language installed last

# Qt's French catalogue lacks two labels of its own file dialog (their accelerators differ from
# the entries it has); ours, installed after Qt's and so asked first, carries them in Qt's context.
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def pick_language(override: str | None = None) -> str:
    """The override, else the first supported language of the system's UI languages."""
    if override in SUPPORTED:
        return override  # type: ignore[return-value]
    for name in QLocale().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language`` in place of those of the language installed before;
    returns them (keep them alive)."""
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                               QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom))
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [("cmplanner_" + language, str(TRANSLATIONS))]
    if language != "en":  # Qt's own texts are English already
        catalogues.insert(0, ("qtbase_" + language, qt_dir))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    _installed.extend(installed)
    return installed
