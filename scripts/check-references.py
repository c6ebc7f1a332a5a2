#!/usr/bin/env python3
"""Fails on a reference that points nowhere.

Code, build files and docs cite documents and files of this repository: "docs/alipay-protocol.md
§6.11", "docs/ARCHITECTURE.md principle 2", "app/store/README.md", "tests/common/ApiHarness.h".
A newcomer's clone must hold every one of them. This script checks, over the files git tracks:

  - every cited *.md file exists (by its path, or by its name anywhere in the tree);
  - every section number (§N or §N.M) exists as a numbered heading of docs/alipay-protocol.md;
  - every "principle N" of docs/ARCHITECTURE.md exists as a numbered principle there;
  - every repository path (app/..., ui/..., tests/..., scripts/..., docs/..., ...) names a file
    or folder that exists (a path without an extension may name a .h/.cpp pair);
  - every relative link of a Markdown file ([text](target)) reaches a file or folder.

Usage: scripts/check-references.py [--root DIR]   (default: the repository of this script)
Exit 0 when every reference resolves, 1 with one line per dangling reference otherwise.
"""
import argparse
import os
import re
import subprocess
import sys

TOP_FOLDERS = ("app", "ui", "tests", "scripts", "docs", "installer", "resources", "translations",
               "cmake", ".ci")
SCANNED_SUFFIXES = (".h", ".cpp", ".md", ".txt", ".cmake", ".sh", ".py", ".js", ".mjs", ".sql")
SKIPPED_PREFIXES = ("tests/data/",)  # vectors and fixtures: data, not references

PROTOCOL = "docs/alipay-protocol.md"
ARCHITECTURE = "docs/ARCHITECTURE.md"

SECTION = re.compile(r"§\s?(\d+(?:\.\d+)?)")
PRINCIPLE = re.compile(r"ARCHITECTURE\.md[^\n]{0,40}?principles?\s+((?:\d+(?:\s*(?:,|and|or)\s*)?)+)")
MD_FILE = re.compile(r"(?<![\w/.-])((?:[\w.-]+/)*[\w.-]+\.md)\b")
# A path in a comment or a doc; not one in a string literal (settings keys such as "ui/language"),
# nor one that continues with a pattern ("translations/depositdesk_{zh_CN,en}.ts").
PATH = re.compile(r"(?<![\w/.$:<>\"'-])((?:%s)/[\w./+-]*[\w/])(?![{<*\w])" % "|".join(re.escape(f) for f in TOP_FOLDERS))
MD_LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)]*)?\)")
HEADING_NUMBER = re.compile(r"^#{2,6}\s+(\d+(?:\.\d+)?)\.?\s", re.M)
PRINCIPLE_NUMBER = re.compile(r"^\s*(\d+)\.\s+\*\*", re.M)


def tracked_files(root):
    try:
        out = subprocess.run(["git", "-C", root, "ls-files"], check=True, capture_output=True,
                             text=True).stdout.split("\n")
        files = [f for f in out if f]
        if files:
            return files
    except (OSError, subprocess.CalledProcessError):
        pass
    files = []
    for folder, _, names in os.walk(root):
        if "/.git" in folder:
            continue
        files += [os.path.relpath(os.path.join(folder, n), root) for n in names]
    return files


def exists(root, path):
    full = os.path.join(root, path)
    if os.path.exists(full):
        return True
    # "app/store/Store" names the Store.h/.cpp pair.
    folder, name = os.path.split(full)
    if "." not in name and os.path.isdir(folder):
        return any(n.startswith(name + ".") for n in os.listdir(folder))
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    root = os.path.abspath(parser.parse_args().root)

    files = tracked_files(root)
    names = {os.path.basename(f) for f in files}
    protocol_text = open(os.path.join(root, PROTOCOL), encoding="utf-8").read() \
        if os.path.exists(os.path.join(root, PROTOCOL)) else ""
    sections = set(HEADING_NUMBER.findall(protocol_text))
    architecture_text = open(os.path.join(root, ARCHITECTURE), encoding="utf-8").read() \
        if os.path.exists(os.path.join(root, ARCHITECTURE)) else ""
    principles = set(PRINCIPLE_NUMBER.findall(architecture_text))

    problems = []
    for rel in files:
        if not rel.endswith(SCANNED_SUFFIXES) and os.path.basename(rel) != "run":
            continue
        if rel.startswith(SKIPPED_PREFIXES) or not os.path.isfile(os.path.join(root, rel)):
            continue
        try:
            text = open(os.path.join(root, rel), encoding="utf-8").read()
        except UnicodeDecodeError:
            continue
        is_markdown = rel.endswith(".md")
        for number, line in enumerate(text.split("\n"), 1):
            where = "%s:%d" % (rel, number)
            for doc in MD_FILE.findall(line):
                if doc.startswith(("http", "www.")) or "://" in line and doc not in line.split("://")[0]:
                    continue
                if not (exists(root, doc) or exists(root, os.path.join(os.path.dirname(rel), doc))
                        or os.path.basename(doc) in names and "/" not in doc):
                    problems.append("%s: cites %s, which is not in the repository" % (where, doc))
            if rel != PROTOCOL:
                for section in SECTION.findall(line):
                    if section not in sections:
                        problems.append("%s: cites §%s, which %s does not have" % (where, section, PROTOCOL))
            for group in PRINCIPLE.findall(line):
                for principle in re.findall(r"\d+", group):
                    if principle not in principles:
                        problems.append("%s: cites principle %s, which %s does not have"
                                        % (where, principle, ARCHITECTURE))
            if "://" in line:
                line = re.sub(r"\w+://\S+", "", line)
            for path in PATH.findall(line):
                path = path.rstrip(".")
                if any(c in path for c in "*<>{}$") or path.endswith("/..."):
                    continue
                if not exists(root, path):
                    problems.append("%s: names %s, which does not exist" % (where, path))
            if is_markdown:
                for target in MD_LINK.findall(line):
                    if "://" in target or target.startswith("mailto:"):
                        continue
                    if not exists(root, os.path.normpath(os.path.join(os.path.dirname(rel), target))):
                        problems.append("%s: links to %s, which does not exist" % (where, target))

    for problem in sorted(set(problems)):
        print(problem)
    if problems:
        print("%d dangling reference(s)" % len(set(problems)), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
