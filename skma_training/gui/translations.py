"""Qt translators: ours (.qm built from the .ts in resources/translations) and Qt's own.

The .qm files are built by ``scripts/update_translations.py --release`` (CI and
packaging do it); a checkout or wheel without them compiles them once into the
user's cache folder with PySide6's lrelease, so the application always starts
translated.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from skma_training import paths
from skma_training.i18n import LANGUAGES, SOURCE_LANGUAGE

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def ts_files() -> list[Path]:
    """Kazakh and Russian, and English for its plural forms only ("1 activity", "2 activities")."""
    folder = paths.resource("translations")
    return [folder / f"skma_training_{lang}.ts" for lang in LANGUAGES]


def lrelease_tool() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "lrelease"


def build_qm_files(target_dir: Path) -> list[Path]:
    """Compile every .ts into ``target_dir``; returns the .qm paths."""
    target_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in ts_files():
        qm = target_dir / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease_tool()), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("SKMA Training", appauthor=False)) / "translations"


def qm_file(lang: str) -> Path | None:
    """The compiled catalogue for ``lang``: shipped, or built into the cache when stale or missing."""
    ts = paths.resource("translations", f"skma_training_{lang}.ts")
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    cached = _cache_dir() / shipped.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    try:
        build_qm_files(_cache_dir())
    except (OSError, subprocess.CalledProcessError):
        log.exception("could not build the %s translation", lang)
        return None
    return cached if cached.exists() else None


def install_translators(lang: str) -> None:
    """Replace the application's translators with those of ``lang`` (ours and Qt's own dialogs)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale({"kk": QLocale.Language.Kazakh, "ru": QLocale.Language.Russian}.get(
        lang, QLocale.Language.English), QLocale.Country.AnyCountry if lang == "en" else (
        QLocale.Country.Kazakhstan if lang == "kk" else QLocale.Country.Russia)))
    if lang == SOURCE_LANGUAGE:
        _install(app, [qm_file(lang)])  # the source text needs only its plural forms
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt asks the translator installed last first: ours, then Qt's own in the language; for
    # Kazakh, whose Qt catalogue lacks the file dialog ("Look in:"), Russian comes after that
    candidates = [Path(qt_dir) / f"qtbase_{lang}.qm", qm_file(lang)]
    if lang == "kk":
        candidates.insert(0, Path(qt_dir) / "qtbase_ru.qm")
    _install(app, candidates)


def _install(app, candidates) -> None:
    for path in candidates:
        if path is None or not path.exists():
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation %s did not load", path)
