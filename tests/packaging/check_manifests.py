"""check_manifests.py REPO VERSION: the package manifests of httpcodec, each
checked against the rules of its ecosystem as documented (PlatformIO's
library.json schema, the Arduino library specification, ESP-IDF's
idf_component.yml reference, Zephyr's module.yml schema), and their
versions against VERSION, the one the header's HTTPCODEC_VERSION_* macros
give. The file sets each tool would build or ship are computed from the
repository's own file list, so a file added later that would leak into an
embedded build or a package fails here. Prints each check; exits 1 on the
first failure. Needs PyYAML (tests/packaging.sh finds a python3 with it)."""

import fnmatch
import json
import os
import re
import subprocess
import sys

import yaml

REPO, VERSION = sys.argv[1], sys.argv[2]
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
# What every package must still carry, whatever it leaves out.
ESSENTIAL = {"httpcodec.h", "LICENSE", "README.md"}


def fail(msg):
    print("packaging: FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def ok(msg):
    print("packaging: ok: " + msg, flush=True)


def check(cond, msg):
    if not cond:
        fail(msg)


def repo_files():
    """The files a release of the repository holds: tracked ones, plus new
    ones not yet committed (but not ignored build output)."""
    out = subprocess.run(
        ["git", "-C", REPO, "ls-files", "--cached", "--others", "--exclude-standard"],
        check=True, capture_output=True, text=True).stdout
    files = sorted(f for f in out.splitlines() if os.path.isfile(os.path.join(REPO, f)))
    check("httpcodec.h" in files, "git ls-files does not list httpcodec.h")
    return files


FILES = repo_files()


def read(path):
    with open(os.path.join(REPO, path), encoding="utf-8") as f:
        return f.read()


# ---------------------------------------------------------------- PlatformIO
def pio_filter(files, filters):
    """PlatformIO's source filter (+<glob> / -<glob>, in order, from an empty
    set; a pattern naming a directory takes everything below it)."""
    if isinstance(filters, str):
        filters = re.findall(r"[+-]<[^>]*>", filters)
    chosen = set()
    for flt in filters:
        m = re.fullmatch(r"([+-])<([^>]*)>", flt.strip())
        check(m, "library.json: bad filter %r" % flt)
        sign, pat = m.group(1), m.group(2).rstrip("/")
        hit = {f for f in files
               if fnmatch.fnmatchcase(f, pat) or f.startswith(pat + "/")
               or any(fnmatch.fnmatchcase(d, pat) for d in parents(f))}
        chosen = chosen | hit if sign == "+" else chosen - hit
    return chosen


def parents(path):
    parts = path.split("/")[:-1]
    return ["/".join(parts[:i + 1]) for i in range(len(parts))]


def check_library_json():
    m = json.loads(read("library.json"))
    for key in ("name", "version", "description"):
        check(isinstance(m.get(key), str) and m[key], "library.json: no %s" % key)
    check(re.fullmatch(r"[^:;/,@<>]{1,100}", m["name"]), "library.json: name")
    check(m["version"] == VERSION,
          "library.json: version %s, the header says %s" % (m["version"], VERSION))
    check(len(m["description"]) <= 1000, "library.json: description over 1000 chars")
    kws = m.get("keywords", [])
    kws = [k.strip() for k in kws.split(",")] if isinstance(kws, str) else kws
    for k in kws:
        check(re.fullmatch(r"[a-z\d\-+. ]{1,50}", k), "library.json: keyword %r" % k)
    check(m.get("license") == "MIT", "library.json: license is not MIT")
    check(m.get("frameworks") == "*" and m.get("platforms") == "*",
          "library.json: frameworks and platforms must be \"*\"")
    repo = m.get("repository", {})
    check(repo.get("type") in ("git", "hg", "svn") and repo.get("url"),
          "library.json: repository needs type and url")
    for a in m.get("authors", []):
        check(1 <= len(a.get("name", "")) <= 50, "library.json: author name")
    build = m.get("build", {})
    check(build.get("includeDir") == ".", "library.json: build.includeDir must be \".\"")
    src_dir = build.get("srcDir", "src")
    check(src_dir == "." or not os.path.isdir(os.path.join(REPO, src_dir)),
          "library.json: unexpected srcDir %r" % src_dir)
    # What an embedded build compiles: the srcFilter over srcDir, C/C++/asm.
    sources = [f for f in FILES if f.endswith((".c", ".cc", ".cpp", ".cxx", ".S", ".s"))]
    # PlatformIO's default filter leaves out example(s)/ and test(s)/ only.
    default = "+<*> -<.git/> -<.svn/> -<example/> -<examples/> -<test/> -<tests/>"
    compiled = pio_filter(sources, build.get("srcFilter", default))
    check(not compiled, "library.json: an embedded build would compile %s" % sorted(compiled))
    ok("library.json: %s %s, %d keywords; embedded builds compile nothing "
       "(header-only) of the repository's %d C sources" % (m["name"], m["version"], len(kws), len(sources)))
    # What `pio pkg pack` ships: everything but export.exclude (the manifests,
    # README and LICENSE always go).
    exclude = m.get("export", {}).get("exclude", [])
    shipped = set(FILES) - pio_filter(FILES, ["+<%s>" % e for e in exclude])
    shipped |= {f for f in FILES if f in ("library.json", "library.properties", "README.md", "LICENSE")}
    extra = shipped - ESSENTIAL - {"library.json", "library.properties"}
    check(ESSENTIAL <= shipped, "library.json: the package would lack %s" % sorted(ESSENTIAL - shipped))
    check(not extra, "library.json: export.exclude lets %s into the package" % sorted(extra))
    ok("library.json: the package holds only %s" % ", ".join(sorted(shipped)))
    return m["repository"]["url"]


# ---------------------------------------------------------------- Arduino
ARDUINO_CATEGORIES = {"Display", "Communication", "Signal Input/Output", "Sensors",
                      "Device Control", "Timing", "Data Storage", "Data Processing",
                      "Other", "Uncategorized"}


def check_library_properties():
    props = {}
    for n, line in enumerate(read("library.properties").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        check("=" in line, "library.properties:%d: not key=value" % n)
        k, v = line.split("=", 1)
        check(k not in props, "library.properties: %s twice" % k)
        props[k] = v
    required = ("name", "version", "author", "maintainer", "sentence", "paragraph",
                "category", "url", "architectures", "includes")
    for k in required:
        check(props.get(k, "").strip(), "library.properties: no %s" % k)
    name = props["name"]
    check(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 _.\-]{0,62}", name) and re.search("[A-Za-z]", name)
          and not name.startswith("Arduino"), "library.properties: name %r" % name)
    check(props["version"] == VERSION,
          "library.properties: version %s, the header says %s" % (props["version"], VERSION))
    check(props["category"] in ARDUINO_CATEGORIES, "library.properties: category")
    check(props["architectures"] == "*", "library.properties: architectures is not *")
    for inc in props["includes"].split(","):
        check(inc.strip() in FILES, "library.properties: includes %s, not in the root" % inc)
    # Flat (1.0) layout: the root and utility/ are compiled, not recursively.
    check(not os.path.isdir(os.path.join(REPO, "src")), "a src/ folder would switch Arduino to the recursive layout")
    flat = [f for f in FILES if ("/" not in f or f.startswith("utility/"))
            and f.endswith((".c", ".cpp", ".S"))]
    check(not flat, "Arduino would compile %s" % flat)
    # Arduino lists examples/NAME/NAME.ino as sketches; ours are POSIX .c.
    sketches = [f for f in FILES if f.startswith("examples/") and f.endswith((".ino", ".pde"))]
    check(not sketches, "examples/ holds sketches %s" % sketches)
    ok("library.properties: %s %s, flat layout, nothing compiled but the sketch's own "
       "#include; examples/ holds no sketch, so the IDE lists none" % (name, props["version"]))
    return props["url"]


# ---------------------------------------------------------------- ESP-IDF
IDF_KEYS = {"version", "description", "url", "repository", "repository_info", "license",
            "tags", "files", "targets", "dependencies", "maintainers", "examples",
            "documentation", "issues", "discussion"}


def check_idf_component():
    m = yaml.safe_load(read("idf_component.yml"))
    check(isinstance(m, dict), "idf_component.yml: not a mapping")
    unknown = set(m) - IDF_KEYS
    check(not unknown, "idf_component.yml: unknown keys %s" % sorted(unknown))
    check(str(m.get("version")) == VERSION,
          "idf_component.yml: version %s, the header says %s" % (m.get("version"), VERSION))
    check(SEMVER.match(str(m["version"])), "idf_component.yml: version is not semver")
    check(m.get("license") == "MIT" and read("LICENSE").startswith("MIT License"),
          "idf_component.yml: license must be MIT, as LICENSE says")
    check(isinstance(m.get("description"), str) and m["description"], "idf_component.yml: description")
    for t in m.get("tags", []):
        check(re.fullmatch(r"[A-Za-z0-9_\-]{3,32}", t), "idf_component.yml: tag %r" % t)
    # The component's files: everything but files.exclude (pathlib glob).
    import pathlib
    root = pathlib.Path(REPO)
    excluded = set()
    for pat in m.get("files", {}).get("exclude", []):
        excluded |= {str(p.relative_to(root)) for p in root.glob(pat) if p.is_file()}
    shipped = set(FILES) - excluded
    must = ESSENTIAL | {"CMakeLists.txt", "idf_component.yml"}
    check(must <= shipped, "idf_component.yml: the component would lack %s" % sorted(must - shipped))
    check(not shipped - must, "idf_component.yml: files.exclude lets %s into the component" % sorted(shipped - must))
    ok("idf_component.yml: %s; the component holds only %s" % (m["version"], ", ".join(sorted(shipped))))
    return m.get("url")


# ---------------------------------------------------------------- Zephyr
ZEPHYR_KEYS = {"name", "build", "tests", "samples", "boards", "blobs", "package-managers",
               "security", "external-references"}
ZEPHYR_BUILD_KEYS = {"cmake", "kconfig", "cmake-ext", "kconfig-ext", "sysbuild-cmake",
                     "sysbuild-kconfig", "sysbuild-cmake-ext", "sysbuild-kconfig-ext",
                     "depends", "settings"}


def check_zephyr_module():
    m = yaml.safe_load(read("zephyr/module.yml"))
    check(isinstance(m, dict), "zephyr/module.yml: not a mapping")
    unknown = set(m) - ZEPHYR_KEYS
    check(not unknown, "zephyr/module.yml: unknown keys %s" % sorted(unknown))
    check(isinstance(m.get("name"), str) and re.fullmatch(r"[A-Za-z0-9_\-]+", m["name"]),
          "zephyr/module.yml: name")
    build = m.get("build")
    check(isinstance(build, dict), "zephyr/module.yml: no build mapping")
    unknown = set(build) - ZEPHYR_BUILD_KEYS
    check(not unknown, "zephyr/module.yml: unknown build keys %s" % sorted(unknown))
    check(isinstance(build.get("cmake"), str)
          and os.path.isfile(os.path.join(REPO, build["cmake"], "CMakeLists.txt")),
          "zephyr/module.yml: build.cmake must name a folder with a CMakeLists.txt")
    check(isinstance(build.get("kconfig"), str) and os.path.isfile(os.path.join(REPO, build["kconfig"])),
          "zephyr/module.yml: build.kconfig must name a file")
    ok("zephyr/module.yml: module %s, cmake in %s/, Kconfig %s"
       % (m["name"], build["cmake"], build["kconfig"]))
    return build["cmake"], build["kconfig"]


urls = {
    "library.json": check_library_json().removesuffix(".git"),
    "library.properties": check_library_properties(),
    "idf_component.yml": check_idf_component(),
}
cmake_dir, kconfig = check_zephyr_module()
check(len(set(urls.values())) == 1, "the manifests name different URLs: %s" % urls)
ok("every manifest says version %s and URL %s" % (VERSION, urls["library.json"]))
print("ZEPHYR_CMAKE_DIR=%s ZEPHYR_KCONFIG=%s" % (cmake_dir, kconfig))
