"""Translation chores over translations/cmplanner_fr.ts and translations/cmplanner_en.ts.

    python packaging/i18n.py update          rescan cmplanner/ for marked strings (lupdate), then
                                             bring the English plural catalogue in line
    python packaging/i18n.py missing         list sources still unfinished (English plural forms
                                             still to write come after, as "en: source")
    python packaging/i18n.py fill MAP.json   set translations from {"source": "traduction"}
                                             (or {"source": {"Context": "traduction"}} when the
                                             same English words differ by context)
    python packaging/i18n.py fill MAP.json en
                                             set English plural forms from
                                             {"source": ["%n post", "%n posts"]}
    python packaging/i18n.py release         compile the .qm files (lrelease)

The English sources need no translation, except for their plural forms: "%n post(s)" must read
"1 post" and "2 posts". cmplanner_en.ts holds only the plural messages (those of the French
catalogue, in its order), each with its English singular and plural.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "translations" / "cmplanner_fr.ts"
TS_EN = ROOT / "translations" / "cmplanner_en.ts"
CATALOGUES = (TS, TS_EN)
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "cmplanner").rglob("*.py")
                  if "QT_TRANSLATE_NOOP" in p.read_text(encoding="utf-8")
                  or "tr(" in p.read_text(encoding="utf-8")
                  or "translate(" in p.read_text(encoding="utf-8"))


def update() -> None:
    plurals = _plural_forms(ET.parse(TS))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "fr", "-ts", str(TS)],
                   cwd=ROOT, check=True)
    tree = ET.parse(TS)
    _add_plural_calls(tree)
    _keep_plurals(tree, plurals)
    _write(tree)
    sync_english()


_PLURAL_CALL = re.compile(r'translate\(\s*"(\w+)",\s*"((?:[^"\\]|\\.)*%n(?:[^"\\]|\\.)*)",\s*"[^"]*",')


def _add_plural_calls(tree: ET.ElementTree) -> None:
    """pyside6-lupdate skips ``QCoreApplication.translate(context, "…%n…", "", n)`` calls: add
    the ones it left out (their translation, if any, comes back in ``_keep_plurals``)."""
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    known = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    for path in sources():
        text = (ROOT / path).read_text(encoding="utf-8")
        for context, source in _PLURAL_CALL.findall(text):
            source = source.encode().decode("unicode_escape") if "\\" in source else source
            if (context, source) in known:
                continue
            known.add((context, source))
            if context not in contexts:
                contexts[context] = ET.SubElement(root, "context")
                ET.SubElement(contexts[context], "name").text = context
            message = ET.SubElement(contexts[context], "message", numerus="yes")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="unfinished")


def _plural_forms(tree: ET.ElementTree) -> dict[tuple[str, str], tuple[list[str], bool]]:
    """(context, source) -> (plural forms, finished) of every plural message."""
    found = {}
    for context in tree.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation is not None:
                forms = [form.text or "" for form in translation.iter("numerusform")]
                found[(context.findtext("name"), message.findtext("source"))] = (
                    forms, translation.get("type") != "unfinished")
    return found


def _keep_plurals(tree: ET.ElementTree, plurals: dict) -> None:
    """Every message with %n is a plural one (French has two forms). pyside6-lupdate marks only
    ``self.tr(text, "", n)`` as plural, not ``QCoreApplication.translate(context, text, "", n)``,
    and drops forms it does not count: both are put back here."""
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or ("%n" not in source and message.get("numerus") != "yes"):
                continue
            forms, finished = plurals.get((name, source), (None, False))
            if forms is None:
                text = translation.text.strip() if translation.text and translation.text.strip() else ""
                old = [f.text or "" for f in translation.iter("numerusform")]
                forms = [old[0] if old else text, old[1] if len(old) > 1 else (old[0] if old else text)]
            message.set("numerus", "yes")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in (forms + forms[-1:])[:2] if forms else ["", ""]:
                ET.SubElement(translation, "numerusform").text = form
            if finished:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")


def sync_english() -> None:
    """Rewrite cmplanner_en.ts with one message per plural message of the French catalogue, in
    its order, keeping the English forms already written; a new one comes unfinished."""
    written = _plural_forms(ET.parse(TS_EN)) if TS_EN.exists() else {}
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for name, source in _plural_forms(ET.parse(TS)):
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        forms, finished = written.get((name, source), (["", ""], False))
        message = ET.SubElement(contexts[name], "message", numerus="yes")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        for form in (forms + ["", ""])[:2]:
            ET.SubElement(translation, "numerusform").text = form
        if not (finished and len(forms) == 2 and all(forms)):
            translation.set("type", "unfinished")
    _write(ET.ElementTree(root), TS_EN)


def missing() -> list[str]:
    tree = ET.parse(TS)
    return [m.findtext("source") or "" for m in tree.iter("message")
            if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"]


def missing_english() -> list[str]:
    """Plural sources of the French catalogue without both English forms in cmplanner_en.ts."""
    written = _plural_forms(ET.parse(TS_EN)) if TS_EN.exists() else {}
    gaps = []
    for key in _plural_forms(ET.parse(TS)):
        forms, finished = written.get(key, ([], False))
        if not (finished and len(forms) == 2 and all(forms)):
            gaps.append(key[1])
    return gaps


def fill(mapping: dict, ts: Path = TS) -> int:
    tree = ET.parse(ts)
    done = 0
    messages = [(context.findtext("name"), message) for context in tree.iter("context")
                for message in context.iter("message")]
    for context, message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        if source in mapping and translation is not None:
            value = mapping[source]
            if isinstance(value, dict):  # per context
                if context not in value:
                    continue
                value = value[context]
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                forms = value if isinstance(value, list) else [value, value]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            done += 1
    _write(tree, ts)
    return done


def _write(tree: ET.ElementTree, ts: Path = TS) -> None:
    """Save the catalogue in one layout, whichever tool touched it last (small diffs)."""
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                  '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    ts.write_text(text, encoding="utf-8")


def release() -> None:
    for ts in CATALOGUES:
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    verb = sys.argv[1] if len(sys.argv) > 1 else "missing"
    if verb == "update":
        update()
    elif verb == "missing":
        print("\n".join(missing() + ["en: " + source for source in missing_english()]))
    elif verb == "fill" and sys.argv[3:] == ["en"]:
        sync_english()
        print(fill(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")), TS_EN), "filled")
    elif verb == "fill":
        print(fill(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))), "filled")
    elif verb == "release":
        release()
    else:
        sys.exit(__doc__)
