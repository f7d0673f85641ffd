"""Loading translations: ours from translations/, Qt's own so standard dialogs speak French."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
SUPPORTED = ("fr", "en")

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
    """Install translators for ``language``; returns them (keep them alive)."""
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                               QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom))
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_" + language, qt_dir), ("cmplanner_" + language, str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
